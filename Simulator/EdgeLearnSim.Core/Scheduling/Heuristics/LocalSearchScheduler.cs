using System.Collections.Frozen;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.Bounds;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// <c>local-search</c>, our own scheduler (not from the paper): an iterated greedy with variable-neighbourhood
/// descent in the manner of Fanjul-Peyro &amp; Ruiz (2010), for unrelated and related edges alike.
/// <list type="number">
/// <item>Start: the better of two descended starts, the greedy (LPT) assignment and multi-phase's phase 1 (each task
/// on its fastest edge).</item>
/// <item>Descent, each neighbourhood tried only when the ones before it are exhausted: the best move, then the best
/// swap, of a task on the most loaded edge c (multi-phase's neighbourhoods; swap partners on every edge while the
/// instance is small, see below, else on the 16 least loaded edges); the best ejection chain off c (i moves c → k
/// while l leaves k for a third edge); a balancing pass in which any task moves to the edge that most lowers the
/// larger of the two loads involved. Each applied change keeps the makespan or lowers it.</item>
/// <item>Iterated greedy: <c>destroy</c> tasks are lifted (half of them from c, the rest uniformly among tasks
/// with a choice) and put back one by one, largest first, on the edge where each finishes earliest; then descent.
/// The result replaces the current solution when its makespan is not larger, or with probability
/// exp(−Δ/T) when it is, T = <c>temperature</c> × the mean over tasks of their smallest V_ij; otherwise the
/// changes are rolled back. The best solution seen is returned.</item>
/// <item>Repair, when every V_ij is an integer and an <see cref="IIntegralRepair"/> is given (the Solvers project
/// registers <c>local-search</c> with its CP-SAT size reduction): the best assignment is handed over last; a bound
/// it proves becomes <see cref="ScheduleResult.ProvenLowerBound"/>.</item>
/// </list>
/// <b>Budget.</b> Every candidate move, swap, chain or insertion evaluated counts as one evaluation. With
/// P = Σ_i |eligible edges of i|, the budget is <c>work</c> × clamp(20,000·P, 2·10^6, 4·10^8) evaluations when every
/// V_ij is an integer (the literature's instances) and <c>work</c> × clamp(2,000·P, 2·10^6, 2·10^8) otherwise, except
/// that the envelope descent of fully connected related instances above 10^6 pairs gets <c>work</c> × 3·10^8. The
/// iterated greedy stops after <c>work</c> × 1,000 rounds without a strict improvement or when half the budget is
/// spent; then <see cref="ExcessTabuSearch"/> spends what is left, stopping after <c>work</c> × max(10^4, 20·n)
/// steps without a new best (the greedy rounds suit the correlated classes of the literature, the tabu phase the
/// uncorrelated ones). The second start, the chains, the balancing pass, swaps with every task and the tabu phase are
/// used only while P ≤ 10^6 (the tabu phase, whose tabu list is n·m entries, only while n·m ≤ 10^6); above that (10^5 tasks and more) the descent is moves and swaps off c with partners on
/// the 16 least loaded edges, and for fully connected related edges each task's target is the edge where it finishes
/// first, from a lower envelope of the m lines L_k + s/B_k (<see cref="FinishEnvelope"/>), so no step scans all
/// edges per task. It stops at once when the makespan reaches the lower bound of
/// <see cref="RelatedLowerBound"/> (related instances; it proves no bound of its own: the cell's certified bound is computed apart), or, for unrelated
/// instances, the simple bound max(max_i min_j V_ij, Σ_i min_j V_ij / m), rounded up when every time is an integer
/// (then so is the optimum). Deterministic given <see cref="SchedulerContext.Seed"/>; the wall clock is only a
/// safety net.
/// </summary>
public sealed class LocalSearchScheduler : IScheduler
{
    public const double DefaultWork = 1;
    public const int DefaultDestroy = 6;
    public const double DefaultTemperature = 0.05;

    private const double EvaluationsPerPair = 20_000;
    private const double EvaluationsPerPairFractional = 2_000;
    private const double MinimumEvaluations = 2e6;
    // Integer instances (the literature's) are where more search pays (MaqCorre n = 1000, m = 40: 855 at 3e8, 852 at
    // 6e8), but a call must stay under 10 s at n = 500-1000 with its LP bound: 5e8 took up to 10.9 s, so 4e8.
    private const double MaximumEvaluations = 4e8;

    // The fully connected envelope descent of 10^6-task related instances (the city scale).
    private const double EnvelopeEvaluations = 3e8;

    // A scan descent's evaluation costs about six times an envelope one (measured at 10^5 x 10^3 one-to-more against
    // 10^6 x 10^4 fully connected), so real-valued instances that scan stop at two thirds of the envelope's cap.
    private const double MaximumEvaluationsFractional = 2e8;
    private const long FullNeighbourhoodPairs = 1_000_000;
    private const int PartnerEdges = 16;
    private const int IteratedGreedyPatience = 1000;
    private const int TabuPatience = 10_000;
    private const int TabuPatiencePerTask = 20;

    public LocalSearchScheduler(
        double work = DefaultWork, int destroy = DefaultDestroy, double temperature = DefaultTemperature, IIntegralRepair? repair = null)
    {
        if (!(work >= 0 && double.IsFinite(work)))
        {
            throw new ArgumentException("local-search: work must be a finite number ≥ 0.", nameof(work));
        }
        if (destroy < 1)
        {
            throw new ArgumentException("local-search: destroy must be at least 1.", nameof(destroy));
        }
        if (!(temperature >= 0 && double.IsFinite(temperature)))
        {
            throw new ArgumentException("local-search: temperature must be a finite number ≥ 0.", nameof(temperature));
        }
        Work = work;
        Destroy = destroy;
        Temperature = temperature;
        Repair = repair;
    }

    /// <summary>The registry entry; <paramref name="repair"/> is the last stage on integral instances (none in Core).</summary>
    public static SchedulerDescriptor Describe(IIntegralRepair? repair) => new(
        SchedulerName,
        "Ours: iterated greedy with moves, swaps, ejection chains and balancing (Fanjul-Peyro & Ruiz style); budget work × clamp(20,000 × eligible pairs, 2e6, 4e8) evaluations for integer times, work × clamp(2,000 × pairs, 2e6, 2e8) otherwise (3e8 for the fully connected envelope descent); stops at the lower bound."
            + (repair is null ? "" : " On integer times a CP-SAT repair over each task's fastest edges follows."),
        new Dictionary<string, double>
        {
            ["work"] = DefaultWork,
            ["destroy"] = DefaultDestroy,
            ["temperature"] = DefaultTemperature,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        p => new LocalSearchScheduler(
            p.Get("work", DefaultWork),
            p.GetInt("destroy", DefaultDestroy),
            p.Get("temperature", DefaultTemperature),
            repair));

    private const string SchedulerName = "local-search";

    public string Name => SchedulerName;

    /// <summary>The multiplier of the size-dependent budget (evaluations and patience).</summary>
    public double Work { get; }

    public int Destroy { get; }

    public double Temperature { get; }

    /// <summary>The last stage on integral instances, or null.</summary>
    public IIntegralRepair? Repair { get; }

    /// <summary>
    /// The evaluation budget for an instance with <paramref name="eligiblePairs"/> task–edge pairs, larger when every
    /// time is an integer (<paramref name="integral"/>: the literature's instances, whose optimum the tabu phase can
    /// hit exactly) than for the project's real-valued related instances.
    /// </summary>
    public double EvaluationBudget(long eligiblePairs, bool integral) =>
        Work * (integral
            ? Math.Clamp(EvaluationsPerPair * eligiblePairs, MinimumEvaluations, MaximumEvaluations)
            : Math.Clamp(EvaluationsPerPairFractional * eligiblePairs, MinimumEvaluations, MaximumEvaluationsFractional));

    public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        var budget = new RunBudget(context);
        var random = HeuristicRandom.For(context);
        var pairs = InstanceSize.EligiblePairs(instance);
        var full = pairs <= FullNeighbourhoodPairs;
        var envelope = !full && instance.IsFullyConnected && instance.Related is { } related
            ? (new FinishEnvelope(related.Speeds), related.Sizes.ToArray())
            : default((FinishEnvelope, double[])?);
        var times = new TaskEdgeTimes(instance);
        var integral = instance.Related is null && IntegralTimes.AreIntegral(instance);
        var evaluations = envelope is null ? EvaluationBudget(pairs, integral) : Work * EnvelopeEvaluations;
        var descent = new Descent(evaluations, full, envelope, budget);
        var bound = instance.Related is null ? ShortestTimeBound(instance, times, integral) : RelatedLowerBound.Compute(instance);

        var search = new CriticalEdgeSearch(instance, times, LptConstruction.Build(instance, times).EdgeOf);
        var exit = descent.Run(search);
        if (exit is null && search.Loads.Max > bound && full)
        {
            var second = new CriticalEdgeSearch(instance, times, MultiPhaseScheduler.FastestEdges(instance, times));
            second.Count(search.Evaluations);
            exit = descent.Run(second);
            var spent = second.Evaluations;
            if (second.Loads.Max < search.Loads.Max)
            {
                search = second;
            }
            search.Count(spent - search.Evaluations);
        }

        var best = search.Tasks.ToArray();
        var bestMakespan = search.Loads.Max;
        var flexible = Enumerable.Range(0, instance.TaskCount).Where(i => instance.EligibleEdges(i).Length > 1).ToArray();
        var order = LptConstruction.LptOrder(instance);
        var rank = new int[instance.TaskCount];
        for (var position = 0; position < order.Length; position++)
        {
            rank[order[position]] = position;
        }
        var temperature = Temperature * MeanFastestTime(instance, times);
        var patience = Work * IteratedGreedyPatience;
        var iteratedGreedyEvaluations = descent.FullNeighbourhoods ? descent.Evaluations / 2 : descent.Evaluations;
        long round = 0;
        long lastImprovement = 0;
        var current = bestMakespan;
        while (exit is null && bestMakespan > bound && flexible.Length > 0 && round - lastImprovement < patience && search.Evaluations < iteratedGreedyEvaluations)
        {
            round++;
            search.Checkpoint();
            Rebuild(instance, search, flexible, rank, random);
            exit = descent.Run(search);
            var makespan = search.Loads.Max;
            if (makespan < bestMakespan)
            {
                bestMakespan = makespan;
                search.Tasks.EdgeOf.CopyTo(best);
                lastImprovement = round;
            }
            if (makespan <= current || (temperature > 0 && random.NextDouble() < Math.Exp(-(makespan - current) / temperature)))
            {
                current = makespan;
            }
            else
            {
                search.Rollback();
            }
        }
        if (exit is null && bestMakespan > bound && descent.FullNeighbourhoods && flexible.Length > 0
            && (long)instance.TaskCount * instance.EdgeCount <= FullNeighbourhoodPairs)
        {
            var tabu = new ExcessTabuSearch(instance, times, integral);
            (bestMakespan, exit) = tabu.Improve(
                best, bound, descent.Evaluations - search.Evaluations, (long)(Work * Math.Max(TabuPatience, TabuPatiencePerTask * instance.TaskCount)), random, budget);
        }
        else if (exit is null && bestMakespan > bound && round - lastImprovement < patience && flexible.Length > 0)
        {
            exit = ExitReason.DeterministicLimit;
        }
        double? proven = null;
        if (Repair is { } repair && integral && budget.Interruption() is null && bestMakespan > bound)
        {
            var outcome = repair.Repair(instance, best, bound, Work, context);
            proven = outcome.ProvenLowerBound;
            // The repair proves only that its final makespan is optimal.
            exit = proven is null ? outcome.Exit ?? exit : ExitReason.ProvedOptimal;
        }
        return Assignments.ToResult(
            instance, best, exit ?? ExitReason.Completed, iterations: round, provenLowerBound: proven);
    }

    /// <summary>Lifts <see cref="Destroy"/> distinct tasks (half from the most loaded edge) and reinserts them, largest first, where each finishes earliest.</summary>
    private void Rebuild(ISchedulingInstance instance, CriticalEdgeSearch search, int[] flexible, int[] rank, System.Random random)
    {
        var lifted = new List<int>(Destroy);
        var critical = search.Tasks.TasksOn(search.Loads.MaxEdge);
        for (var attempt = 0; attempt < 2 * Destroy && lifted.Count < (Destroy + 1) / 2 && critical.Count > 0; attempt++)
        {
            var task = critical[random.Next(critical.Count)];
            if (instance.EligibleEdges(task).Length > 1 && !lifted.Contains(task))
            {
                lifted.Add(task);
            }
        }
        for (var attempt = 0; attempt < 4 * Destroy && lifted.Count < Math.Min(Destroy, flexible.Length); attempt++)
        {
            var task = flexible[random.Next(flexible.Length)];
            if (!lifted.Contains(task))
            {
                lifted.Add(task);
            }
        }
        lifted.Sort((a, b) => rank[a].CompareTo(rank[b]));
        foreach (var task in lifted)
        {
            search.Lift(task);
        }
        foreach (var task in lifted)
        {
            search.Place(task, search.EarliestFinish(task));
        }
    }

    private static double MeanFastestTime(ISchedulingInstance instance, TaskEdgeTimes times)
    {
        if (instance.TaskCount > 0 && instance.IsFullyConnected && instance.Related is { } related)
        {
            var fastestSpeed = double.NegativeInfinity;
            foreach (var speed in related.Speeds)
            {
                fastestSpeed = Math.Max(fastestSpeed, speed);
            }
            var total = 0.0;
            foreach (var size in related.Sizes)
            {
                total += size / fastestSpeed;
            }
            return total / instance.TaskCount;
        }
        var sum = 0.0;
        for (var i = 0; i < instance.TaskCount; i++)
        {
            sum += Fastest(instance, times, i);
        }
        return instance.TaskCount == 0 ? 0 : sum / instance.TaskCount;
    }

    /// <summary>
    /// max(LargestShortestTime, Σ_i min_j V_ij / m) (see <see cref="TaskTimeBounds"/>), rounded up as
    /// <see cref="IntegralTimes.RoundUp"/> does when every V_ij is an integer.
    /// </summary>
    private static double ShortestTimeBound(ISchedulingInstance instance, TaskEdgeTimes times, bool integral)
    {
        var sum = 0.0;
        var largest = 0.0;
        for (var i = 0; i < instance.TaskCount; i++)
        {
            var fastest = Fastest(instance, times, i);
            sum += fastest;
            largest = Math.Max(largest, fastest);
        }
        var bound = Math.Max(largest, sum / instance.EdgeCount);
        return integral ? IntegralTimes.RoundUp(bound) : bound * (1 - 1e-12);
    }

    private static double Fastest(ISchedulingInstance instance, TaskEdgeTimes times, int task)
    {
        var fastest = double.PositiveInfinity;
        foreach (var j in instance.EligibleEdges(task))
        {
            fastest = Math.Min(fastest, times[task, j]);
        }
        return fastest;
    }

    /// <summary>The variable-neighbourhood descent shared by the starts and every round, under one evaluation budget.</summary>
    private sealed class Descent(double evaluations, bool fullNeighbourhoods, (FinishEnvelope Envelope, double[] Sizes)? related, RunBudget budget)
    {
        public double Evaluations => evaluations;

        public bool FullNeighbourhoods => fullNeighbourhoods;

        /// <summary>Descends to a local optimum; the reason when a limit cut it short, else null.</summary>
        public ExitReason? Run(CriticalEdgeSearch search)
        {
            while (true)
            {
                if (search.Evaluations >= evaluations)
                {
                    return ExitReason.DeterministicLimit;
                }
                if (budget.Interruption() is { } reason)
                {
                    return reason;
                }
                if (related is { } scaled
                    ? search.ImproveRelated(scaled.Envelope, scaled.Sizes, PartnerEdges)
                    : search.Improve(fullNeighbourhoods ? null : critical => search.LeastLoadedEdges(critical, PartnerEdges)))
                {
                    continue;
                }
                if (!fullNeighbourhoods)
                {
                    return null;
                }
                var makespan = search.Loads.Max;
                var chain = search.BestChain(search.Loads.MaxEdge);
                if (chain.Value < makespan)
                {
                    search.Move(chain.Task, chain.Edge);
                    search.Move(chain.Partner, chain.PartnerEdge);
                    continue;
                }
                if (search.BalancePass(1e-12 * makespan) == 0)
                {
                    return null;
                }
            }
        }
    }
}
