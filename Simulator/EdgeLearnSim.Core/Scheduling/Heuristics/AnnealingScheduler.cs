using System.Collections.Frozen;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.LoadTracking;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// <c>annealing</c>: the paper's Algorithm 2 (docs/schedulers.md), faithful except for its two typos.
/// <list type="number">
/// <item>Start from <see cref="GreedyScheduler"/>'s assignment (LPT order, smallest makespan, ties earliest finish).</item>
/// <item><c>rounds</c> rounds; each visits every task once in a uniformly random order (a Fisher–Yates shuffle of the
/// stream seeded by <see cref="SchedulerContext.Seed"/>) and tries each eligible edge j in ascending order, the task
/// moving as soon as a trial is accepted. δ is the change of the makespan: δ &lt; 0 accept; δ = 0 accept without
/// cooling; δ &gt; 0 accept when a uniform draw u ∈ [0, 1) satisfies u &lt; exp(−δ/Tp), then Tp ← cooling·Tp (the
/// Metropolis rule; the paper prints e^Tp &gt; random(0,1), always true). A draw is taken only when δ &gt; 0.</item>
/// <item>The best assignment seen is returned, not the last: the latest one whose makespan equals the lowest seen.</item>
/// </list>
/// Defaults (the paper gives none): <c>rounds</c> = 100, Tp₀ = <c>initial-temperature-fraction</c> (0.01) × the greedy
/// makespan, <c>cooling</c> Ra = 0.95. Each trial move costs O(log m) through a <see cref="LoadTree"/>, O(1) when
/// neither touched edge is the most loaded one.
/// </summary>
public sealed class AnnealingScheduler : IScheduler
{
    public const int DefaultRounds = 100;
    public const double DefaultInitialTemperatureFraction = 0.01;
    public const double DefaultCooling = 0.95;

    public AnnealingScheduler(
        int rounds = DefaultRounds,
        double initialTemperatureFraction = DefaultInitialTemperatureFraction,
        double cooling = DefaultCooling)
    {
        if (rounds < 0)
        {
            throw new ArgumentException($"annealing: rounds must be at least 0, not {rounds}.", nameof(rounds));
        }
        if (!(initialTemperatureFraction >= 0) || double.IsPositiveInfinity(initialTemperatureFraction))
        {
            throw new ArgumentException("annealing: initial-temperature-fraction must be a finite number ≥ 0.", nameof(initialTemperatureFraction));
        }
        if (!(cooling > 0 && cooling <= 1))
        {
            throw new ArgumentException("annealing: cooling must lie in (0, 1].", nameof(cooling));
        }
        Rounds = rounds;
        InitialTemperatureFraction = initialTemperatureFraction;
        Cooling = cooling;
    }

    public static SchedulerDescriptor Descriptor { get; } = new(
        "annealing",
        "The paper's simulated-annealing rearrangement (Algorithm 2) from the greedy start; best assignment seen.",
        new Dictionary<string, double>
        {
            ["rounds"] = DefaultRounds,
            ["initial-temperature-fraction"] = DefaultInitialTemperatureFraction,
            ["cooling"] = DefaultCooling,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        p => new AnnealingScheduler(
            p.GetInt("rounds", DefaultRounds),
            p.Get("initial-temperature-fraction", DefaultInitialTemperatureFraction),
            p.Get("cooling", DefaultCooling)));

    public string Name => Descriptor.Name;

    public int Rounds { get; }

    public double InitialTemperatureFraction { get; }

    public double Cooling { get; }

    public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        var budget = new RunBudget(context);
        var random = HeuristicRandom.For(context);
        var times = new TaskEdgeTimes(instance);
        var (edgeOf, loads) = LptConstruction.Build(instance, times);
        var tree = new LoadTree(loads);
        var temperature = InitialTemperatureFraction * tree.Max;
        var bestMakespan = tree.Max;
        // The best state is copied only when an uphill move leaves it, which cooling makes rare.
        int[]? bestEdgeOf = null;
        var currentIsBest = true;
        var order = new int[instance.TaskCount];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        var exit = ExitReason.Completed;
        var round = 0;
        for (; round < Rounds; round++)
        {
            if (budget.Interruption() is { } reason)
            {
                exit = reason;
                break;
            }
            Shuffle(order, random);
            foreach (var i in order)
            {
                foreach (var j in instance.EligibleEdges(i))
                {
                    var from = edgeOf[i];
                    if (j == from)
                    {
                        continue;
                    }
                    var timeFrom = times[i, from];
                    var timeTo = times[i, j];
                    var newMakespan = Math.Max(tree.MaxExcluding(from, j), Math.Max(tree[from] - timeFrom, tree[j] + timeTo));
                    var delta = newMakespan - tree.Max;
                    if (delta > 0)
                    {
                        if (!(random.NextDouble() < Math.Exp(-delta / temperature)))
                        {
                            continue;
                        }
                        if (currentIsBest)
                        {
                            bestEdgeOf = (int[])edgeOf.Clone();
                            currentIsBest = false;
                        }
                        temperature *= Cooling;
                    }
                    tree.Add(from, -timeFrom);
                    tree.Add(j, timeTo);
                    edgeOf[i] = j;
                    if (tree.Max <= bestMakespan)
                    {
                        bestMakespan = tree.Max;
                        currentIsBest = true;
                    }
                }
            }
        }
        return Assignments.ToResult(instance, currentIsBest ? edgeOf : bestEdgeOf!, exit, iterations: round);
    }

    private static void Shuffle(int[] order, System.Random random)
    {
        for (var k = order.Length - 1; k > 0; k--)
        {
            var other = random.Next(k + 1);
            (order[k], order[other]) = (order[other], order[k]);
        }
    }
}
