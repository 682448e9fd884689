using EdgeLearnSim.Core.Instances;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Scheduling;

/// <summary>Seeded random and hand-made <see cref="EdgeLearningInstance"/>s with the paper's default distributions.</summary>
internal static class TestInstances
{
    // The paper's best ratio and accuracy there (docs/model.md): s_i = 8·records·15,000·R*/(A(R*)·10^6).
    private const double BestRatio = 0.012811;
    private const double AccuracyAtBest = 0.92394;
    private const double RecordBytes = 15_000;

    public static EdgeLearningInstance Random(int tasks, int edges, TestTopology topology, int seed)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var speeds = new double[edges];
        for (var j = 0; j < edges; j++)
        {
            speeds[j] = 100 + 900 * random.NextDouble();
        }
        var records = new long[tasks];
        var eligible = new int[tasks][];
        for (var i = 0; i < tasks; i++)
        {
            records[i] = random.Next(20_000, 80_001);
            eligible[i] = topology switch
            {
                TestTopology.OneToOne => Distinct(random, edges, random.NextDouble() < 0.8 ? 1 : Math.Min(2, edges)),
                TestTopology.OneToMore => Distinct(random, edges, random.Next(1, edges + 1)),
                _ => [.. Enumerable.Range(0, edges)],
            };
        }
        return FromRecords(records, speeds, topology == TestTopology.FullyConnected ? null : eligible);
    }

    /// <summary>Tasks with the given records (paper's ratio and accuracy) on edges with the given bandwidths.</summary>
    public static EdgeLearningInstance FromRecords(long[] records, double[] speeds, int[][]? eligible = null)
    {
        var tasks = new LearningTask[records.Length];
        for (var i = 0; i < tasks.Length; i++)
        {
            var size = 8.0 * records[i] * RecordBytes * BestRatio / (AccuracyAtBest * 1e6);
            tasks[i] = new LearningTask(i, records[i], RecordBytes, 0.9, 0, BestRatio, size, eligible?[i]);
        }
        return new EdgeLearningInstance(tasks, [.. speeds.Select((b, j) => new EdgeServer(j, b))]);
    }

    /// <summary>Tasks with the given weighted sizes s_i directly (hand-solved cases), so V_ij = s_i / B_j.</summary>
    public static EdgeLearningInstance FromSizes(double[] sizes, double[] speeds, int[][]? eligible = null)
    {
        var tasks = new LearningTask[sizes.Length];
        for (var i = 0; i < tasks.Length; i++)
        {
            // Records proportional to the size keeps the LPT order (by compressed bytes) equal to the size order.
            tasks[i] = new LearningTask(i, 1, sizes[i] * 1e6 / 8, 0.9, 0, 1.0, sizes[i], eligible?[i]);
        }
        return new EdgeLearningInstance(tasks, [.. speeds.Select((b, j) => new EdgeServer(j, b))]);
    }

    private static int[] Distinct(System.Random random, int edges, int count)
    {
        var all = Enumerable.Range(0, edges).ToArray();
        for (var k = 0; k < count; k++)
        {
            var other = random.Next(k, edges);
            (all[k], all[other]) = (all[other], all[k]);
        }
        var chosen = all[..count];
        Array.Sort(chosen);
        return chosen;
    }
}
