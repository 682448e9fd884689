using System.Collections.Frozen;
using System.Diagnostics;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;

namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>
/// <c>lst</c>: Lenstra–Shmoys–Tardos (docs/schedulers.md). Finds the smallest T with the pruned LP(T) feasible
/// (<see cref="PrunedLpSearch"/>), takes GLOP's extreme point of it, keeps the whole tasks and gives each
/// split task its own edge through the pseudo-forest matching (<see cref="PseudoForestRounding"/>).
/// Guarantee: makespan ≤ 2·T* ≤ 2·OPT. The result carries T*'s certified lower bound; iterations count
/// LP solves. If the wall clock or cancellation stops the search early, the last feasible support is
/// rounded instead: still a valid schedule, without the factor-2 guarantee.
/// </summary>
public sealed class LstScheduler : IScheduler
{
    public static SchedulerDescriptor Descriptor { get; } = new(
        "lst",
        "Lenstra–Shmoys–Tardos: smallest feasible pruned LP(T) in GLOP, its extreme point, pseudo-forest matching; at most 2·OPT.",
        FrozenDictionary<string, double>.Empty,
        _ => new LstScheduler())
    {
        ModelsEveryPair = true,
    };

    public string Name => Descriptor.Name;

    public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        if (instance.TaskCount == 0)
        {
            return Assignments.ToResult(instance, [], ExitReason.Completed, provenLowerBound: 0);
        }
        var clock = Stopwatch.StartNew();
        bool ShouldStop() =>
            context.Cancellation.IsCancellationRequested ||
            (context.WallClockLimit is { } limit && clock.Elapsed > limit);

        var search = PrunedLpSearch.Run(instance, ShouldStop);
        var rounded = PseudoForestRounding.Round(instance, search.Vertex.Shares);
        var exit = !search.Interrupted ? ExitReason.Completed
            : context.Cancellation.IsCancellationRequested ? ExitReason.Cancelled
            : ExitReason.WallClockLimit;
        return Assignments.ToResult(instance, rounded.EdgeOf, exit, search.LpSolves, search.LowerBound);
    }
}
