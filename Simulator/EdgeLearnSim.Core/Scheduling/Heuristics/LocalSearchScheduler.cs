using System.Collections.Frozen;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.Bounds;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// <c>local-search</c>, our own scheduler (not from the paper): iterated local search from the better of two
/// descended starts, the greedy (LPT) assignment and multi-phase's phase 1 (each task on its fastest edge).
/// <list type="number">
/// <item>Descent: while a move or a swap off the most loaded edge lowers both touched loads below the makespan,
/// apply the best move, else the best swap (the neighbourhoods of <see cref="MultiPhaseScheduler"/>: moves to every
/// eligible edge; swap partners on every edge when m ≤ <c>swap-edges</c> (default 16, so the paper's instances get the
/// full neighbourhood), else only on the <c>swap-edges</c> least loaded edges, which keeps a step O(|c|·(m + n/m·16))
/// at 10^5 tasks).</item>
/// <item>Perturbation: <c>plateau-moves</c> random moves of random tasks with at least two eligible edges to random
/// eligible edges, each applied only when it keeps the makespan, so the search drifts across plateaus; then descent
/// again. The result is kept when it is no worse than the best so far, else the search returns to the best.</item>
/// </list>
/// Stops after <c>iterations</c> perturbations, after <c>patience</c> perturbations without a strict improvement,
/// when <c>max-evaluations</c> candidate moves and swaps have been evaluated (a deterministic work limit that keeps
/// 10^5-task instances fast), or as soon as the makespan reaches the lower bound of <see cref="RelatedLowerBound"/>
/// (related instances), which it reports as its proven bound. Deterministic given <see cref="SchedulerContext.Seed"/>.
/// </summary>
public sealed class LocalSearchScheduler : IScheduler
{
    public const int DefaultIterations = 300;
    public const int DefaultPlateauMoves = 20;
    public const int DefaultPatience = 30;
    public const double DefaultMaxEvaluations = 2e8;
    public const int DefaultSwapEdges = 16;

    public LocalSearchScheduler(
        int iterations = DefaultIterations,
        int plateauMoves = DefaultPlateauMoves,
        int patience = DefaultPatience,
        double maxEvaluations = DefaultMaxEvaluations,
        int swapEdges = DefaultSwapEdges)
    {
        if (iterations < 0 || plateauMoves < 0 || patience < 0)
        {
            throw new ArgumentException("local-search: iterations, plateau-moves and patience must be at least 0.");
        }
        if (swapEdges < 1)
        {
            throw new ArgumentException("local-search: swap-edges must be at least 1.", nameof(swapEdges));
        }
        if (!(maxEvaluations >= 0))
        {
            throw new ArgumentException("local-search: max-evaluations must be at least 0.", nameof(maxEvaluations));
        }
        Iterations = iterations;
        PlateauMoves = plateauMoves;
        Patience = patience;
        MaxEvaluations = maxEvaluations;
        SwapEdges = swapEdges;
    }

    public static SchedulerDescriptor Descriptor { get; } = new(
        "local-search",
        "Ours: greedy start, best moves and swaps off the busiest edge, iterated with plateau perturbations; stops at the lower bound.",
        new Dictionary<string, double>
        {
            ["iterations"] = DefaultIterations,
            ["plateau-moves"] = DefaultPlateauMoves,
            ["patience"] = DefaultPatience,
            ["max-evaluations"] = DefaultMaxEvaluations,
            ["swap-edges"] = DefaultSwapEdges,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        p => new LocalSearchScheduler(
            p.GetInt("iterations", DefaultIterations),
            p.GetInt("plateau-moves", DefaultPlateauMoves),
            p.GetInt("patience", DefaultPatience),
            p.Get("max-evaluations", DefaultMaxEvaluations),
            p.GetInt("swap-edges", DefaultSwapEdges)));

    public string Name => Descriptor.Name;

    public int Iterations { get; }

    public int PlateauMoves { get; }

    public int Patience { get; }

    public double MaxEvaluations { get; }

    public int SwapEdges { get; }

    public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        var budget = new RunBudget(context);
        var random = HeuristicRandom.For(context);
        var bound = instance.Related is null ? 0 : RelatedLowerBound.Compute(instance);
        var times = new TaskEdgeTimes(instance);
        // Two starts, each descended: LPT greedy and multi-phase's fastest-edge phase 1; the better one goes on.
        var search = new CriticalEdgeSearch(instance, times, LptConstruction.Build(instance, times).EdgeOf);
        var exit = Descend(search, budget) ?? ExitReason.Completed;
        long discarded = 0;
        if (exit == ExitReason.Completed && search.Loads.Max > bound)
        {
            var second = new CriticalEdgeSearch(instance, times, MultiPhaseScheduler.FastestEdges(instance, times));
            exit = Descend(second, budget, search.Evaluations) ?? ExitReason.Completed;
            if (second.Loads.Max < search.Loads.Max)
            {
                (search, second) = (second, search);
            }
            discarded = second.Evaluations;
        }
        var best = search.Tasks.ToArray();
        var bestMakespan = search.Loads.Max;
        var flexible = Enumerable.Range(0, instance.TaskCount).Where(i => instance.EligibleEdges(i).Length > 1).ToArray();
        var iteration = 0;
        var lastImprovement = 0;
        for (; exit == ExitReason.Completed && iteration < Iterations; iteration++)
        {
            if (bestMakespan <= bound || iteration - lastImprovement >= Patience || flexible.Length == 0)
            {
                break;
            }
            Perturb(instance, search, times, flexible, random);
            exit = Descend(search, budget, discarded) ?? ExitReason.Completed;
            if (search.Loads.Max <= bestMakespan)
            {
                if (search.Loads.Max < bestMakespan)
                {
                    lastImprovement = iteration + 1;
                }
                bestMakespan = search.Loads.Max;
                search.Tasks.EdgeOf.CopyTo(best);
            }
            else
            {
                search.Restore(best);
            }
        }
        if (exit == ExitReason.Completed && iteration == Iterations && bestMakespan > bound)
        {
            exit = ExitReason.DeterministicLimit;
        }
        return Assignments.ToResult(instance, best, exit, iterations: iteration, provenLowerBound: instance.Related is null ? null : bound);
    }

    /// <summary>Descent to a local optimum; the reason when a limit cut it short, else null.</summary>
    private ExitReason? Descend(CriticalEdgeSearch search, RunBudget budget, long evaluationsElsewhere = 0)
    {
        while (true)
        {
            if (search.Evaluations + evaluationsElsewhere >= MaxEvaluations)
            {
                return ExitReason.DeterministicLimit;
            }
            if (budget.Interruption() is { } reason)
            {
                return reason;
            }
            if (!search.Improve(search.Loads.Count <= SwapEdges ? null : critical => search.LeastLoadedEdges(critical, SwapEdges)))
            {
                return null;
            }
        }
    }

    private void Perturb(ISchedulingInstance instance, CriticalEdgeSearch search, TaskEdgeTimes times, int[] flexible, System.Random random)
    {
        for (var step = 0; step < PlateauMoves; step++)
        {
            var task = flexible[random.Next(flexible.Length)];
            var eligible = instance.EligibleEdges(task);
            var to = eligible[random.Next(eligible.Length)];
            if (to != search.Tasks.EdgeOf[task] && search.Loads[to] + times[task, to] <= search.Loads.Max)
            {
                search.Move(task, to);
            }
        }
    }
}
