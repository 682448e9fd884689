using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Scheduling.Heuristics;

/// <summary>The neighbourhoods local-search adds to <see cref="CriticalEdgeSearch"/>, checked against recomputation and brute force.</summary>
public class SearchNeighbourhoodTests
{
    [Fact]
    public void Journal_LiftPlaceChainsAndBalancing_KeepLoadsConsistent_AndRollbackRestoresTheCheckpoint()
    {
        var random = new Xoshiro256StarStar(51, threadSafe: false);
        for (var sequence = 0; sequence < 1_000; sequence++)
        {
            var instance = TestInstances.Random(random.Next(2, 30), random.Next(2, 7), (TestTopology)(sequence % 3), sequence);
            var times = new TaskEdgeTimes(instance);
            var edgeOf = Enumerable.Range(0, instance.TaskCount)
                .Select(i => instance.EligibleEdges(i)[random.Next(instance.EligibleEdges(i).Length)]).ToArray();
            var search = new CriticalEdgeSearch(instance, times, edgeOf);
            search.Checkpoint();
            var checkpoint = search.Tasks.ToArray();
            var checkpointLoads = Assignments.Loads(instance, checkpoint);
            for (var step = 0; step < 10; step++)
            {
                var before = search.Loads.Max;
                switch (random.Next(4))
                {
                    case 0:
                        var lifted = Enumerable.Range(0, 3).Select(_ => random.Next(instance.TaskCount)).Distinct().ToArray();
                        foreach (var task in lifted)
                        {
                            search.Lift(task);
                        }
                        foreach (var task in lifted)
                        {
                            var edge = search.EarliestFinish(task);
                            Assert.Contains(edge, instance.EligibleEdges(task).ToArray());
                            search.Place(task, edge);
                        }
                        break;
                    case 1:
                        var critical = search.Loads.MaxEdge;
                        var chain = search.BestChain(critical);
                        if (chain.Task >= 0)
                        {
                            search.Move(chain.Task, chain.Edge);
                            search.Move(chain.Partner, chain.PartnerEdge);
                            var loads = Assignments.Loads(instance, search.Tasks.ToArray());
                            Assert.Equal(chain.Value, Math.Max(loads[critical], Math.Max(loads[chain.Edge], loads[chain.PartnerEdge])), 1e-9);
                        }
                        break;
                    case 2:
                        search.BalancePass(0);
                        Assert.True(search.Loads.Max <= before * (1 + 1e-12), "balancing raised the makespan");
                        break;
                    default:
                        var t = random.Next(instance.TaskCount);
                        var eligible = instance.EligibleEdges(t);
                        search.Move(t, eligible[random.Next(eligible.Length)]);
                        break;
                }
                AssertLoadsMatch(instance, search);
            }
            search.Rollback();
            Assert.Equal(checkpoint, search.Tasks.ToArray());
            for (var j = 0; j < instance.EdgeCount; j++)
            {
                Assert.Equal(checkpointLoads[j], search.Loads[j], 1e-9);
            }
        }
    }

    [Fact]
    public void BestChain_IsTheBestTwoStepEjection_ByEnumeration()
    {
        var random = new Xoshiro256StarStar(52, threadSafe: false);
        for (var trial = 0; trial < 500; trial++)
        {
            var (n, m) = (random.Next(3, 12), random.Next(3, 6));
            var instance = new UnrelatedInstance(n, m, [.. Enumerable.Range(0, n * m).Select(_ => (double)random.Next(1, 20))]);
            var edgeOf = Enumerable.Range(0, n).Select(_ => random.Next(m)).ToArray();
            var search = new CriticalEdgeSearch(instance, new TaskEdgeTimes(instance), edgeOf);
            var c = search.Loads.MaxEdge;
            var loads = Assignments.Loads(instance, edgeOf);
            var expected = double.PositiveInfinity;
            for (var i = 0; i < n; i++)
            {
                for (var l = 0; l < n; l++)
                {
                    for (var k2 = 0; k2 < m; k2++)
                    {
                        var k = edgeOf[l];
                        if (edgeOf[i] != c || l == i || k == c || k2 == c || k2 == k)
                        {
                            continue;
                        }
                        var exit = loads[k2] + instance.ProcessingTime(l, k2);
                        var best = Enumerable.Range(0, m).Where(j => j != c && j != k).Min(j => loads[j] + instance.ProcessingTime(l, j));
                        if (exit != best || best >= loads[c])
                        {
                            continue;
                        }
                        var value = Math.Max(loads[c] - instance.ProcessingTime(i, c), Math.Max(loads[k] + instance.ProcessingTime(i, k) - instance.ProcessingTime(l, k), exit));
                        expected = Math.Min(expected, value);
                    }
                }
            }
            Assert.Equal(expected, search.BestChain(c).Value);
        }
    }

    [Fact]
    public void ExcessTabuSearch_NeverBelowOptimum_AndMeetsItOnTinyInstances()
    {
        var random = new Xoshiro256StarStar(53, threadSafe: false);
        var optimal = 0;
        for (var trial = 0; trial < 200; trial++)
        {
            var (n, m) = (random.Next(2, 9), random.Next(2, 4));
            var instance = new UnrelatedInstance(n, m, [.. Enumerable.Range(0, n * m).Select(_ => (double)random.Next(1, 50))]);
            var times = new TaskEdgeTimes(instance);
            var start = Enumerable.Range(0, n).Select(_ => random.Next(m)).ToArray();
            var (makespan, _) = new ExcessTabuSearch(instance, times, integral: true).Improve(
                start, 0, 1e6, 2_000, random, new RunBudget(new SchedulerContext(1)));
            var optimum = BruteForce.OptimalMakespan(instance);
            Assert.Equal(Assignments.Loads(instance, start).Max(), makespan);
            Assert.True(makespan >= optimum);
            optimal += makespan == optimum ? 1 : 0;
        }
        Assert.True(optimal >= 195, $"optimal on only {optimal} of 200");
    }

    private static void AssertLoadsMatch(ISchedulingInstance instance, CriticalEdgeSearch search)
    {
        var expected = Assignments.Loads(instance, search.Tasks.ToArray());
        for (var j = 0; j < expected.Length; j++)
        {
            Assert.Equal(expected[j], search.Loads[j], 1e-9);
        }
    }
}
