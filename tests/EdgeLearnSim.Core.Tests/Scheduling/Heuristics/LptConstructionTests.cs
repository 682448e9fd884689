using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Core.Scheduling.LoadTracking;
using EdgeLearnSim.Core.Tests.Scheduling.Reference;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Scheduling.Heuristics;

public class LptConstructionTests
{
    [Fact]
    public void Greedy_EqualsPlainScan_AssignmentForAssignment_OnRandomInstances()
    {
        var greedy = new GreedyScheduler();
        var compared = 0;
        for (var seed = 1; seed <= 3000; seed++)
        {
            var random = new Xoshiro256StarStar(seed, threadSafe: false);
            var topology = (TestTopology)(seed % 3);
            var instance = DrawInstance(random, topology, equalValues: seed % 2 == 0);
            var expected = PlainLptScan.Build(instance);
            var actual = greedy.Schedule(instance, new SchedulerContext(1)).EdgeOf;
            Assert.True(expected.SequenceEqual(actual), $"seed {seed} ({topology}) differs from the plain scan");
            compared++;
        }
        Assert.Equal(3000, compared);
    }

    [Fact]
    public void EarliestFinishTree_EqualsScan_UnderRisingAndFallingSizes()
    {
        for (var seed = 1; seed <= 400; seed++)
        {
            var random = new Xoshiro256StarStar(seed, threadSafe: false);
            var m = random.Next(1, 70);
            var palette = new[] { 100.0, 150.0, 400.0, 100.0 * (1 + 1e-15) };
            var speeds = new double[m];
            for (var j = 0; j < m; j++)
            {
                speeds[j] = seed % 2 == 0 ? palette[random.Next(palette.Length)] : 100 + 900 * random.NextDouble();
            }
            var tree = new EarliestFinishTree(speeds);
            var loads = new double[m];
            var size = 1000.0;
            for (var step = 0; step < 300; step++)
            {
                // Mostly falling sizes, as in LPT order, with repeats and occasional jumps up.
                size = random.Next(5) switch
                {
                    0 => size,
                    1 => size * (1 + random.NextDouble()),
                    _ => size * (1 - 0.05 * random.NextDouble()),
                };
                var expected = 0;
                for (var j = 1; j < m; j++)
                {
                    if (loads[j] + size / speeds[j] < loads[expected] + size / speeds[expected])
                    {
                        expected = j;
                    }
                }
                var edge = tree.Earliest(size);
                Assert.Equal(expected, edge);
                loads[edge] += size / speeds[edge];
                tree.SetLoad(edge, tree.Finish(edge, size));
                Assert.Equal(loads[edge], tree.Loads[edge]);
            }
        }
    }

    /// <summary>
    /// A small random instance; with <paramref name="equalValues"/> the bandwidths come from three values and the
    /// records from a handful, so equal finishes (ties) are common.
    /// </summary>
    internal static EdgeLearningInstance DrawInstance(System.Random random, TestTopology topology, bool equalValues)
    {
        var n = random.Next(1, 120);
        var m = random.Next(1, 40);
        var speeds = new double[m];
        for (var j = 0; j < m; j++)
        {
            speeds[j] = equalValues ? 100 * (1 << random.Next(3)) : 100 + 900 * random.NextDouble();
        }
        var records = new long[n];
        var eligible = new int[n][];
        for (var i = 0; i < n; i++)
        {
            records[i] = equalValues ? 10_000 * random.Next(1, 5) : random.Next(20_000, 80_001);
            var count = topology switch
            {
                TestTopology.OneToOne => random.NextDouble() < 0.8 ? 1 : Math.Min(2, m),
                TestTopology.OneToMore => random.Next(1, m + 1),
                _ => m,
            };
            eligible[i] = [.. Enumerable.Range(0, m).OrderBy(_ => random.Next()).Take(count).Order()];
        }
        return TestInstances.FromRecords(records, speeds, topology == TestTopology.FullyConnected ? null : eligible);
    }
}
