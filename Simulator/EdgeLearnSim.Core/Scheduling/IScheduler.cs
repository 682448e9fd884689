using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling;

/// <summary>
/// The one extension point for assignment algorithms. An implementation is deterministic given the
/// instance and <see cref="SchedulerContext.Seed"/>: every limit that decides its result is counted in
/// iterations, rounds or solver-deterministic time; the wall-clock limit is only a safety net.
/// </summary>
public interface IScheduler
{
    /// <summary>The registered, lower-case name (for example <c>annealing</c>).</summary>
    string Name { get; }

    ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context);
}
