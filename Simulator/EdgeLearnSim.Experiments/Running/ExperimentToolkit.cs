using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// The pieces a batch run composes, injected so tests can run the pipeline with small stand-ins. The tool's
/// own composition lives in the CLI.
/// </summary>
/// <param name="Schedulers">Registry that scenario scheduler names resolve against.</param>
/// <param name="GenerateInstance">Draws a cell's instance from its spec and instance seed (deterministic).</param>
/// <param name="LowerBound">
/// A certified lower bound on the optimal weighted makespan (docs/model.md, "Lower bounds") from the bounds named by the scenario's
/// <c>bounds:</c> list (null: the default for the instance's size).
/// </param>
/// <param name="Simulate">Simulates an offline schedule's uploads with a point's simulation settings and a seed.</param>
/// <param name="SimulateOnline">Simulates an online dispatch policy; null when the simulator offers none.</param>
/// <param name="SaveInstance">Writes an instance in the project's folder format into a folder; null when unavailable.</param>
/// <param name="SimulatePolicy">Simulates online dispatch by a policy object (external programs); null when the simulator offers none.</param>
public sealed record ExperimentToolkit(
    SchedulerRegistry Schedulers,
    Func<InstanceSpec, ulong, EdgeLearningInstance> GenerateInstance,
    Func<ISchedulingInstance, IReadOnlyList<string>?, CertifiedBound> LowerBound,
    Func<EdgeLearningInstance, ScheduleResult, SimulationSettings, ulong, SimulationResult> Simulate,
    Func<EdgeLearningInstance, OnlinePolicy, SimulationSettings, ulong, SimulationResult>? SimulateOnline = null,
    Action<EdgeLearningInstance, string>? SaveInstance = null,
    Func<EdgeLearningInstance, IDispatchPolicy, SimulationSettings, ulong, SimulationResult>? SimulatePolicy = null)
{
    /// <summary>The topologies, distributions and bounds a scenario may name.</summary>
    public ScenarioKinds Kinds { get; init; } = ScenarioKinds.BuiltIn;
}
