using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// A last stage that <see cref="LocalSearchScheduler"/> hands its best assignment to when every V_ij is an integer
/// (the literature's instances), where an exact model sees the true times. Core has no solver: the Solvers project
/// supplies one built on CP-SAT and registers <c>local-search</c> with it.
/// </summary>
public interface IIntegralRepair
{
    /// <summary>
    /// Lowers the makespan of <paramref name="assignment"/> in place under a deterministic budget that
    /// <paramref name="work"/> multiplies; <paramref name="lowerBound"/> is a bound the search already holds.
    /// </summary>
    RepairOutcome Repair(ISchedulingInstance instance, int[] assignment, double lowerBound, double work, SchedulerContext context);
}

/// <summary>
/// What a repair found: a lower bound it proved (the assignment's makespan when it showed no lower one exists) and
/// the reason a limit cut it short (null when it finished).
/// </summary>
public readonly record struct RepairOutcome(double? ProvenLowerBound, ExitReason? Exit);
