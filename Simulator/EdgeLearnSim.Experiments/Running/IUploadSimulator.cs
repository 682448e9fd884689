using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Simulation.Results;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// The upload simulation a run's tasks go through once they are placed: by an offline schedule, or at each release
/// by an online dispatch policy. Deterministic for an instance, settings and seed.
/// </summary>
public interface IUploadSimulator
{
    /// <summary>Each task goes to its edge in the schedule, and each edge serves its tasks in the schedule's order.</summary>
    SimulationResult Simulate(EdgeLearningInstance instance, ScheduleResult schedule, SimulationSettings settings, ulong seed);

    /// <summary>Each task is placed by <paramref name="policy"/> when it is released (and again after an outage).</summary>
    SimulationResult Simulate(EdgeLearningInstance instance, IDispatchPolicy policy, SimulationSettings settings, ulong seed);
}
