using System.Collections.Frozen;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;

namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>
/// <c>lp-rounding</c>: the paper's Algorithm 1 as written (docs/schedulers.md). Solves the LP relaxation
/// (10)–(12),(15) without pruning in GLOP, so x is an extreme point, and puts each task on the edge with its
/// largest x_ij; equal shares (within 1e-9) go to the faster edge (smaller V_ij), then the lower index.
/// Faithful, so it has no factor-2 guarantee (see <see cref="LstScheduler"/>). The result carries the LP
/// optimum, certified from GLOP's duals, as its proven lower bound.
/// </summary>
public sealed class LpRoundingScheduler : IScheduler
{
    public static SchedulerDescriptor Descriptor { get; } = new(
        "lp-rounding",
        "The paper's Algorithm 1: LP relaxation (10)–(12),(15) in GLOP, each task to its largest share.",
        FrozenDictionary<string, double>.Empty,
        _ => new LpRoundingScheduler())
    {
        ModelsEveryPair = true,
    };

    private const double EqualShareTolerance = 1e-9;

    public string Name => Descriptor.Name;

    public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        if (instance.TaskCount == 0)
        {
            return Assignments.ToResult(instance, [], ExitReason.Completed, provenLowerBound: 0);
        }
        using var lp = new AssignmentLp(instance);
        var solution = lp.Solve();
        var edgeOf = new int[instance.TaskCount];
        for (var i = 0; i < edgeOf.Length; i++)
        {
            edgeOf[i] = LargestShareEdge(instance, i, solution.Shares.SharesOf(i));
        }
        return Assignments.ToResult(instance, edgeOf, ExitReason.Completed, iterations: 1, solution.CertifiedLowerBound);
    }

    internal static int LargestShareEdge(ISchedulingInstance instance, int task, ReadOnlySpan<EdgeShare> shares)
    {
        var best = shares[0];
        foreach (var candidate in shares[1..])
        {
            var larger = candidate.Share > best.Share + EqualShareTolerance;
            var equal = Math.Abs(candidate.Share - best.Share) <= EqualShareTolerance;
            if (larger || (equal && instance.ProcessingTime(task, candidate.Edge) < instance.ProcessingTime(task, best.Edge)))
            {
                best = candidate;
            }
        }
        return best.Edge;
    }
}
