using System.Collections.Frozen;
using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// <c>greedy</c> (docs/schedulers.md): step (a) of the paper's Algorithm 2 alone. Tasks in LPT order (non-increasing
/// compressed size D_i·BestR_i, ties to the lower index), each on the eligible edge that makes the makespan
/// smallest, ties to the earliest resulting finish of the edge, then the lower edge index (the paper's pseudo-code
/// never updates its running minimum; with this tie rule the step is "earliest finish"). Deterministic; O(Σ|E_i|)
/// after sorting.
/// </summary>
public sealed class GreedyScheduler : IScheduler
{
    public static SchedulerDescriptor Descriptor { get; } = new(
        "greedy",
        "LPT order, each task on the edge giving the smallest makespan (ties: earliest finish); Algorithm 2 step (a).",
        FrozenDictionary<string, double>.Empty,
        _ => new GreedyScheduler());

    public string Name => Descriptor.Name;

    public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        var (edgeOf, _) = LptConstruction.Build(instance, new TaskEdgeTimes(instance));
        return Assignments.ToResult(instance, edgeOf, ExitReason.Completed, iterations: instance.TaskCount);
    }
}
