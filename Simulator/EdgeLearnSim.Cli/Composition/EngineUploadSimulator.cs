using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Cli.Composition;

/// <summary>The project's discrete-event upload simulation (<see cref="UploadSimulation"/>).</summary>
internal sealed class EngineUploadSimulator : IUploadSimulator
{
    public SimulationResult Simulate(EdgeLearningInstance instance, ScheduleResult schedule, SimulationSettings settings, ulong seed) =>
        UploadSimulation.Run(instance, schedule, settings, seed);

    public SimulationResult Simulate(EdgeLearningInstance instance, IDispatchPolicy policy, SimulationSettings settings, ulong seed) =>
        UploadSimulation.RunOnline(instance, policy, settings, seed);
}
