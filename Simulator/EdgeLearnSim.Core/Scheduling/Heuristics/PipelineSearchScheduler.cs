using System.Collections.Frozen;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Simulation;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// <c>pipeline-search</c>: minimises the simulated end-to-end makespan of the whole pipeline (docs/pipeline.md), not
/// the paper's weighted upload makespan. It plans on the deterministic pipeline only: constant B_j, no outages, the
/// cell's uplink policy (<see cref="SchedulerContext.Uplink"/>); it never sees the cell's random environment.
/// Candidates: <c>local-search</c>'s schedule, <c>greedy</c>'s, local-search's assignment with each edge in Johnson's
/// order (<see cref="PipelineSurrogate.JohnsonOrder"/>), an earliest-finish construction on the surrogate
/// (<see cref="PipelineSurrogate.EarliestFinishAppend"/>), and each of the last two improved by moving tasks off the
/// edge that finishes last, ranked on <see cref="PipelineSurrogate"/>. It simulates every candidate and returns the one with the
/// smallest simulated makespan, ties to the earlier candidate, so it is never worse than its starting schedules.
/// </summary>
public sealed class PipelineSearchScheduler : IScheduler
{
    public const string SchedulerName = "pipeline-search";

    // Surrogate work (task visits) per unit of work: a few seconds at 10^6 tasks.
    private const double StepsPerWork = 5e7;

    private readonly double work;
    private readonly IIntegralRepair? repair;

    public PipelineSearchScheduler(double work = LocalSearchScheduler.DefaultWork, IIntegralRepair? repair = null)
    {
        if (!(work >= 0 && double.IsFinite(work)))
        {
            throw new ArgumentException("pipeline-search: work must be a finite number ≥ 0.", nameof(work));
        }
        this.work = work;
        this.repair = repair;
    }

    public string Name => SchedulerName;

    public static SchedulerDescriptor Describe(IIntegralRepair? repair) => new(
        SchedulerName,
        "Ours: the end-to-end (access → compression → upload) makespan; starts from local-search, greedy and an earliest-finish construction on a pipeline surrogate, orders each edge by Johnson's rule, moves tasks off the last-finishing edge on a fast surrogate, and returns the best candidate by the deterministic pipeline simulation (constant bandwidth, no outages, the cell's uplink policy).",
        new Dictionary<string, double> { ["work"] = LocalSearchScheduler.DefaultWork }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        p => new PipelineSearchScheduler(p.Get("work", LocalSearchScheduler.DefaultWork), repair));

    public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        var localSearch = new LocalSearchScheduler(work, repair: repair).Schedule(instance, context);
        if (instance is not EdgeLearningInstance edgeInstance)
        {
            return localSearch;
        }
        var greedy = new GreedyScheduler().Schedule(instance, context);
        var surrogate = new PipelineSurrogate(edgeInstance);
        var johnson = InJohnsonOrder(edgeInstance, surrogate, localSearch.EdgeOf);
        var (appendedEdges, appendedOrder) = surrogate.EarliestFinishAppend();
        var appended = Assignments.ToResult(edgeInstance, appendedEdges, ExitReason.Completed, edgeOrder: appendedOrder);
        // The surrogate ranks moves well but starts poorly, so both starts are improved, each on half the budget.
        var (improvedJohnson, johnsonSteps) = Improve(edgeInstance, surrogate, johnson, work * StepsPerWork / 2, context.Cancellation);
        var (improvedAppended, appendedSteps) = Improve(edgeInstance, surrogate, appended, work * StepsPerWork / 2, context.Cancellation);
        var steps = johnsonSteps + appendedSteps;

        var settings = new SimulationSettings { Uplink = context.Uplink };
        ScheduleResult? best = null;
        var bestMakespan = double.PositiveInfinity;
        foreach (var candidate in new[] { localSearch, greedy, johnson, appended, improvedJohnson, improvedAppended })
        {
            var makespan = UploadSimulation.Run(edgeInstance, candidate, settings, 0).SimulatedMakespan;
            if (makespan < bestMakespan)
            {
                best = candidate;
                bestMakespan = makespan;
            }
        }
        return best! with { Iterations = localSearch.Iterations + steps, Exit = context.Cancellation.IsCancellationRequested ? ExitReason.Cancelled : ExitReason.Completed };
    }

    private static ScheduleResult InJohnsonOrder(EdgeLearningInstance instance, PipelineSurrogate surrogate, IReadOnlyList<int> edgeOf)
    {
        var order = TasksByEdge(instance.EdgeCount, edgeOf).Select((tasks, j) => surrogate.JohnsonOrder(j, tasks)).ToArray();
        return Assignments.ToResult(instance, [.. edgeOf], ExitReason.Completed, edgeOrder: order);
    }

    /// <summary>
    /// Repeatedly moves one task off the edge the surrogate says finishes last to the eligible edge where the larger
    /// of the two new finishes is smallest, both edges re-ordered by Johnson's rule, while that beats the last finish.
    /// </summary>
    private static (ScheduleResult Schedule, long Steps) Improve(
        EdgeLearningInstance instance, PipelineSurrogate surrogate, ScheduleResult start, double budget, CancellationToken cancellation)
    {
        var edgeOf = start.EdgeOf.ToArray();
        var lists = start.EdgeOrder.Select(o => o.ToList()).ToArray();
        var finish = lists.Select((tasks, j) => surrogate.Finish(j, tasks)).ToArray();
        long steps = 0;
        while (steps < budget && !cancellation.IsCancellationRequested)
        {
            var last = 0;
            for (var j = 1; j < finish.Length; j++)
            {
                if (finish[j] > finish[last])
                {
                    last = j;
                }
            }
            var bestValue = finish[last] * (1 - 1e-12);
            (int Task, int To, List<int> From, List<int> Into, double FromFinish, double IntoFinish)? bestMove = null;
            foreach (var i in lists[last])
            {
                var without = lists[last].Where(t => t != i).ToList();
                var withoutFinish = surrogate.Finish(last, without);
                steps += without.Count;
                foreach (var j in instance.EligibleEdges(i))
                {
                    if (j == last || Math.Max(withoutFinish, finish[j]) >= bestValue)
                    {
                        continue;
                    }
                    var into = surrogate.JohnsonOrder(j, lists[j].Append(i));
                    var intoFinish = surrogate.Finish(j, into);
                    steps += into.Count;
                    var value = Math.Max(withoutFinish, intoFinish);
                    if (value < bestValue)
                    {
                        bestValue = value;
                        bestMove = (i, j, without, into, withoutFinish, intoFinish);
                    }
                }
                if (steps >= budget)
                {
                    break;
                }
            }
            if (bestMove is not { } move)
            {
                break;
            }
            edgeOf[move.Task] = move.To;
            lists[last] = move.From;
            lists[move.To] = move.Into;
            finish[last] = move.FromFinish;
            finish[move.To] = move.IntoFinish;
        }
        return (Assignments.ToResult(instance, edgeOf, ExitReason.Completed, edgeOrder: lists), steps);
    }

    private static List<int>[] TasksByEdge(int edges, IReadOnlyList<int> edgeOf)
    {
        var lists = new List<int>[edges];
        for (var j = 0; j < edges; j++)
        {
            lists[j] = [];
        }
        for (var i = 0; i < edgeOf.Count; i++)
        {
            lists[edgeOf[i]].Add(i);
        }
        return lists;
    }
}
