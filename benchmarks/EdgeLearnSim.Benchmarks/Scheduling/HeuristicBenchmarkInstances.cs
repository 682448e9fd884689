using EdgeLearnSim.Core.Instances;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// Seeded instances with the paper's default distributions (records uniform 20,000..80,000 at 15 kB, bandwidth
/// uniform 100..1,000 Mbps, the paper's best ratio) and the three topologies of docs/model.md.
/// </summary>
public static class HeuristicBenchmarkInstances
{
    private const double BestRatio = 0.012811;
    private const double AccuracyAtBest = 0.92394;
    private const double RecordBytes = 15_000;

    public static EdgeLearningInstance Paper(int tasks, int edges, string topology, int seed)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var speeds = Enumerable.Range(0, edges).Select(_ => 100 + 900 * random.NextDouble()).ToArray();
        var list = new LearningTask[tasks];
        var all = Enumerable.Range(0, edges).ToArray();
        for (var i = 0; i < tasks; i++)
        {
            long records = random.Next(20_000, 80_001);
            int[]? eligible = null;
            if (topology != "fully-connected")
            {
                var count = topology switch
                {
                    "one-to-one" => random.NextDouble() < 0.8 ? 1 : Math.Min(2, edges),
                    "one-to-more" => random.Next(1, edges + 1),
                    _ => throw new ArgumentException($"unknown topology '{topology}'", nameof(topology)),
                };
                for (var k = 0; k < count; k++)
                {
                    var other = random.Next(k, edges);
                    (all[k], all[other]) = (all[other], all[k]);
                }
                eligible = [.. all[..count].Order()];
            }
            var size = 8.0 * records * RecordBytes * BestRatio / (AccuracyAtBest * 1e6);
            list[i] = new LearningTask(i, records, RecordBytes, 0.9, 0, BestRatio, size, eligible);
        }
        return new EdgeLearningInstance(list, [.. speeds.Select((b, j) => new EdgeServer(j, b))]);
    }
}
