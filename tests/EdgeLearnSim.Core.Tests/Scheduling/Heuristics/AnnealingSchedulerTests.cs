using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Scheduling.Heuristics;

public class AnnealingSchedulerTests
{
    [Fact]
    public void Annealing_ZeroRounds_IsGreedy()
    {
        var instance = TestInstances.Random(50, 5, TestTopology.OneToMore, 3);
        var greedy = new GreedyScheduler().Schedule(instance, new SchedulerContext(7));
        var annealing = new AnnealingScheduler(rounds: 0).Schedule(instance, new SchedulerContext(7));
        Assert.Equal(greedy.EdgeOf, annealing.EdgeOf);
    }

    [Fact]
    public void Annealing_ZeroTemperature_OnlyDescends_HandSolved()
    {
        // Equal speeds, sizes 3 and 1. Greedy: task 0 -> e0, task 1 -> e1 (earliest finish, lower index): makespan 3.
        // With Tp = 0 no uphill move is ever accepted; δ = 0 moves shuffle tasks among edges but the makespan stays 3.
        var instance = TestInstances.FromSizes([3, 1], [1, 1, 1]);
        var result = new AnnealingScheduler(rounds: 5, initialTemperatureFraction: 0).Schedule(instance, new SchedulerContext(1));
        Assert.Equal(3.0, result.Makespan);
        Assert.NotEqual(result.EdgeOf[0], result.EdgeOf[1]);
    }

    [Fact]
    public void Annealing_MatchesNaiveReference_StepByStep()
    {
        // Dyadic sizes and speeds keep every load exact, so the incremental evaluation must take exactly the same
        // decisions as recomputing all loads for every trial move.
        var random = new Xoshiro256StarStar(5, threadSafe: false);
        for (var trial = 0; trial < 600; trial++)
        {
            var n = random.Next(1, 9);
            var m = random.Next(1, 5);
            var sizes = Enumerable.Range(0, n).Select(_ => (double)random.Next(1, 33)).ToArray();
            var speeds = Enumerable.Range(0, m).Select(_ => (double)(1 << random.Next(0, 4))).ToArray();
            int[][]? eligible = trial % 2 == 0
                ? null
                : [.. Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, m).Where(_ => random.NextDouble() < 0.6).DefaultIfEmpty(random.Next(m)).Distinct().Order().ToArray())];
            var instance = TestInstances.FromSizes(sizes, speeds, eligible);
            var fraction = trial % 3 == 0 ? 0.0 : trial % 3 == 1 ? 0.05 : 10.0;
            var cooling = trial % 4 == 0 ? 1.0 : 0.9;
            var seed = StableSeed.Derive((ulong)trial, "annealing");
            var expected = NaiveAnnealing(instance, rounds: 4, fraction, cooling, seed);
            var actual = new AnnealingScheduler(4, fraction, cooling).Schedule(instance, new SchedulerContext(seed));
            Assert.Equal(expected, actual.EdgeOf);
        }
    }

    [Fact]
    public void Annealing_NeverWorseThanGreedy_AndDeterministic()
    {
        foreach (var topology in Enum.GetValues<TestTopology>())
        {
            var instance = TestInstances.Random(100, 10, topology, 21);
            var greedy = new GreedyScheduler().Schedule(instance, new SchedulerContext(1));
            var first = new AnnealingScheduler().Schedule(instance, new SchedulerContext(99));
            var second = new AnnealingScheduler().Schedule(instance, new SchedulerContext(99));
            Assert.True(first.Makespan <= greedy.Makespan);
            Assert.Equal(first.EdgeOf, second.EdgeOf);
        }
    }

    /// <summary>
    /// Algorithm 2 written the slow, obvious way (all loads recomputed per trial), consuming the random stream in the
    /// documented order: a Fisher–Yates shuffle per round, one uniform draw per uphill trial.
    /// </summary>
    private static int[] NaiveAnnealing(EdgeLearningInstance instance, int rounds, double fraction, double cooling, ulong seed)
    {
        var random = new SeededRandom(seed);
        var edgeOf = new GreedyScheduler().Schedule(instance, new SchedulerContext(seed)).EdgeOf.ToArray();
        double Makespan() => Assignments.Loads(instance, edgeOf).Max();
        var temperature = fraction * Makespan();
        var best = (int[])edgeOf.Clone();
        var bestMakespan = Makespan();
        var order = Enumerable.Range(0, instance.TaskCount).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = order.Length - 1; k > 0; k--)
            {
                var other = random.Next(k + 1);
                (order[k], order[other]) = (order[other], order[k]);
            }
            foreach (var i in order)
            {
                foreach (var j in instance.EligibleEdges(i).ToArray())
                {
                    if (j == edgeOf[i])
                    {
                        continue;
                    }
                    var before = Makespan();
                    var from = edgeOf[i];
                    edgeOf[i] = j;
                    var delta = Makespan() - before;
                    if (delta > 0)
                    {
                        if (!(random.NextDouble() < Math.Exp(-delta / temperature)))
                        {
                            edgeOf[i] = from;
                            continue;
                        }
                        temperature *= cooling;
                    }
                    if (Makespan() <= bestMakespan)
                    {
                        bestMakespan = Makespan();
                        best = (int[])edgeOf.Clone();
                    }
                }
            }
        }
        return best;
    }
}
