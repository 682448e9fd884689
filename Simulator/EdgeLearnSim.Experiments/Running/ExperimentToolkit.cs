using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// The pieces a batch run composes, injected so tests can run the pipeline with small stand-ins. The tool's
/// own composition lives in the CLI.
/// </summary>
/// <param name="Schedulers">Registry that scenario scheduler names resolve against.</param>
/// <param name="GenerateInstance">Draws a cell's instance from its spec and instance seed (deterministic).</param>
/// <param name="LowerBound">A lower bound on the optimal weighted makespan (SPEC §3).</param>
/// <param name="Simulate">Simulates an offline schedule's uploads with the scenario's simulation options and a seed.</param>
/// <param name="SimulateOnline">Simulates an online dispatch policy by name; null when the simulator offers none.</param>
/// <param name="SaveInstance">Writes an instance in the project's folder format into a folder; null when unavailable.</param>
/// <param name="SimulatePolicy">Simulates online dispatch by a policy object (external programs); null when the simulator offers none.</param>
public sealed record ExperimentToolkit(
    SchedulerRegistry Schedulers,
    Func<InstanceSpec, ulong, EdgeLearningInstance> GenerateInstance,
    Func<ISchedulingInstance, double> LowerBound,
    Func<EdgeLearningInstance, ScheduleResult, SimulationOptions, ulong, SimulationOutcome> Simulate,
    Func<EdgeLearningInstance, string, SimulationOptions, ulong, SimulationOutcome>? SimulateOnline = null,
    Action<EdgeLearningInstance, string>? SaveInstance = null,
    Func<EdgeLearningInstance, IDispatchPolicy, SimulationOptions, ulong, SimulationOutcome>? SimulatePolicy = null);
