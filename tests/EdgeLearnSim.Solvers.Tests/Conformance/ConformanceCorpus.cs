using System.Globalization;
using EdgeLearnSim.Core.Instances;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Solvers.Tests.Conformance;

/// <summary>
/// The one corpus every registered scheduler is run on: tiny hand-solved instances, random ones of all three
/// topologies (docs/model.md, paper distributions), a task with a single eligible edge, identical tasks, one edge, and
/// unrelated-machines (R||Cmax) instances of the literature with their proven optima (benchmarks/rcmax-fr2010).
/// </summary>
public static class ConformanceCorpus
{
    // The paper's best ratio and accuracy (docs/model.md): s_i = 8·records·15,000·R*/(A(R*)·10^6).
    private const double BestRatio = 0.012811;
    private const double AccuracyAtBest = 0.92394;
    private const double RecordBytes = 15_000;

    // The smallest size of the set, with uniform times in 1–100 (many ties) and with times correlated by machine:
    // local-search proves both optimal quickly, which keeps `exact` (started from it) cheap.
    private static readonly string[] UnrelatedFiles = ["U1a100_n100_m10_112.txt", "MaqCorre_n100_m10_112.txt"];

    public static IReadOnlyList<ConformanceCase> Cases { get; } = Build();

    private static List<ConformanceCase> Build()
    {
        var cases = new List<ConformanceCase>
        {
            // Edge 1 (speed 1) can hold one task of 6 or 4, or both 3s; the rest on edge 0 (speed 2): OPT 6.
            new("hand-lpt-4x2", FromSizes([6, 4, 3, 3], [2, 1]), 6),
            // {4} on edge 1 and {4, 2, 1} on edge 0 (3.5), or {2, 1} on edge 1 (3) and {4, 4} on edge 0 (4): OPT 4.
            new("hand-move-4x2", FromSizes([4, 4, 2, 1], [2, 1]), 4),
            // Task 0 can only use edge 0 and needs 5 there; the others fit on edge 1: OPT 5.
            new("single-eligible-edge", FromSizes([5, 1, 1], [1, 2], [[0], [0, 1], [0, 1]]), 5),
            // Equal speeds, sizes 6, 5, 3, 4: {6, 3} and {5, 4}: OPT 9.
            new("hand-swap-4x2", FromSizes([6, 5, 3, 4], [1, 1]), 9),
            new("identical-tasks", FromRecords([.. Enumerable.Repeat(50_000L, 12)], [150, 400, 400, 900])),
            new("one-edge", Random(20, 1, Topology.FullyConnected, 5)),
        };
        foreach (var topology in Enum.GetValues<Topology>())
        {
            for (var seed = 1; seed <= 2; seed++)
            {
                cases.Add(new($"random-{topology}-40x5-seed{seed}", Random(40, 5, topology, seed)));
            }
            cases.Add(new($"paper-{topology}-100x10", Random(100, 10, topology, 42)));
        }
        cases.AddRange(Unrelated());
        return cases;
    }

    private static IEnumerable<ConformanceCase> Unrelated()
    {
        // best_known.csv: file,fr_file,category,n,m,best_known,best_known_proven_optimal,...
        var bestKnown = File.ReadLines(RepositoryFiles.Path("benchmarks/rcmax-fr2010/best_known.csv")).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(fields => fields[0]);
        foreach (var file in UnrelatedFiles)
        {
            var fields = bestKnown[file];
            double? optimum = fields[6] == "1" ? double.Parse(fields[5], CultureInfo.InvariantCulture) : null;
            var instance = InstanceFiles.Read(RepositoryFiles.Path($"benchmarks/rcmax-fr2010/instances/{file}"));
            yield return new($"rcmax-{Path.GetFileNameWithoutExtension(file)}", instance, optimum);
        }
    }

    private enum Topology
    {
        OneToOne,
        OneToMore,
        FullyConnected,
    }

    private static EdgeLearningInstance Random(int tasks, int edges, Topology topology, int seed)
    {
        var random = new Xoshiro256StarStar(seed, threadSafe: false);
        var speeds = Enumerable.Range(0, edges).Select(_ => 100 + 900 * random.NextDouble()).ToArray();
        var records = new long[tasks];
        var eligible = new int[tasks][];
        for (var i = 0; i < tasks; i++)
        {
            records[i] = random.Next(20_000, 80_001);
            var count = topology switch
            {
                Topology.OneToOne => random.NextDouble() < 0.8 ? 1 : Math.Min(2, edges),
                Topology.OneToMore => random.Next(1, edges + 1),
                _ => edges,
            };
            var all = Enumerable.Range(0, edges).ToArray();
            for (var k = 0; k < count; k++)
            {
                var other = random.Next(k, edges);
                (all[k], all[other]) = (all[other], all[k]);
            }
            eligible[i] = [.. all[..count].Order()];
        }
        return FromRecords(records, speeds, topology == Topology.FullyConnected ? null : eligible);
    }

    private static EdgeLearningInstance FromRecords(long[] records, double[] speeds, int[][]? eligible = null)
    {
        var tasks = records.Select((r, i) => new LearningTask(
            i, r, RecordBytes, 0.9, 0, BestRatio, 8.0 * r * RecordBytes * BestRatio / (AccuracyAtBest * 1e6), eligible?[i])).ToArray();
        return new EdgeLearningInstance(tasks, [.. speeds.Select((b, j) => new EdgeServer(j, b))]);
    }

    private static EdgeLearningInstance FromSizes(double[] sizes, double[] speeds, int[][]? eligible = null)
    {
        var tasks = sizes.Select((s, i) => new LearningTask(i, 1, s * 1e6 / 8, 0.9, 0, 1.0, s, eligible?[i])).ToArray();
        return new EdgeLearningInstance(tasks, [.. speeds.Select((b, j) => new EdgeServer(j, b))]);
    }
}
