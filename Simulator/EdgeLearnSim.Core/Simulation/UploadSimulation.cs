using System.Runtime.ExceptionServices;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation;

/// <summary>
/// The upload simulation on the project's engine (docs/model.md, docs/pipeline.md). From r_i device i sends its raw
/// data D_i to an edge (instantly, or at up to a_i sharing the edge's access capacity C_j max-min fairly); the edge
/// compresses it (D_i·κ_j seconds on one of k_j cores, or instantly) and uploads D_i·BestR_i bytes over its uplink,
/// FIFO or fair-share, at a constant or trace-driven bandwidth integrated exactly. Outages move an edge's tasks to
/// other eligible edges, each re-sending its raw data. Deterministic for a seed.
/// </summary>
public static class UploadSimulation
{
    /// <summary>
    /// Offline mode: each task goes to <see cref="ScheduleResult.EdgeOf"/> and each FIFO uplink serves the tasks
    /// present in the order <see cref="ScheduleResult.EdgeOrder"/> gives. With constant bandwidth, releases at 0, no
    /// compression or access time and no outages, edge j finishes at Σ_{i→j} P_ij (P_ij = 8·D_i·BestR_i/(B_j·10^6))
    /// under either uplink policy, and <see cref="SimulationResult.WeightedMakespan"/> equals the schedule's makespan.
    /// Every stage serves its waiting tasks in that order too.
    /// </summary>
    /// <exception cref="InvalidInputException">A setting or trace is invalid.</exception>
    /// <exception cref="SimulationStalledException">An uplink with work left has bandwidth 0 for ever.</exception>
    /// <exception cref="SimulationIncompleteException">The horizon or the event limit passed with tasks unfinished.</exception>
    public static SimulationResult Run(EdgeLearningInstance instance, ScheduleResult schedule, SimulationSettings settings, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(settings);
        return UploadRun.RunOffline(instance, schedule.EdgeOf, schedule.EdgeOrder, settings, seed);
    }

    /// <summary>
    /// Online mode: each task is dispatched at its release by <paramref name="policy"/> among its eligible edges
    /// that are up. A task with none up waits; when an eligible edge returns, it goes to the eligible edge that is up
    /// with the least expected finish, as re-dispatched tasks do. Uplinks serve tasks in arrival order.
    /// </summary>
    /// <exception cref="InvalidInputException">A setting or trace is invalid.</exception>
    /// <exception cref="SimulationStalledException">An uplink with work left has bandwidth 0 for ever.</exception>
    /// <exception cref="SimulationIncompleteException">The horizon or the event limit passed with tasks unfinished.</exception>
    public static SimulationResult RunOnline(EdgeLearningInstance instance, OnlinePolicy policy, SimulationSettings settings, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(settings);
        return UploadRun.RunOnline(instance, policy.Create(), settings, seed);
    }

    /// <summary>
    /// Online mode with any <see cref="IDispatchPolicy"/>: <see cref="IDispatchPolicy.Reset"/> with the run seed first,
    /// then one <see cref="IDispatchPolicy.Choose"/> per decision: at each release, at each re-dispatch after an
    /// outage, and for each parked task when one of its edges comes back up. A choice that is not an eligible edge
    /// that is up (or −1 while none is) fails the run with <see cref="DispatchPolicyException"/>, as does any
    /// <see cref="DispatchPolicyException"/> the policy throws (never wrapped in the engine's process failure).
    /// </summary>
    /// <exception cref="InvalidInputException">A setting or trace is invalid.</exception>
    /// <exception cref="SimulationStalledException">An uplink with work left has bandwidth 0 for ever.</exception>
    /// <exception cref="SimulationIncompleteException">The horizon or the event limit passed with tasks unfinished.</exception>
    /// <exception cref="DispatchPolicyException">The policy failed or chose an edge it was not offered.</exception>
    public static SimulationResult RunOnline(EdgeLearningInstance instance, IDispatchPolicy policy, SimulationSettings settings, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            return UploadRun.RunOnline(instance, policy, settings, seed);
        }
        catch (ProcessFailedException e) when (e.InnerException is DispatchPolicyException policyFailure)
        {
            ExceptionDispatchInfo.Throw(policyFailure);
            throw;
        }
    }
}
