using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Simulation;

/// <summary>Instances built directly from tasks and edges, so these tests need no instance generator.</summary>
public static class SimulationTestInstances
{
    public const double PaperRatio = 0.012811;

    public enum Topology
    {
        OneToOne,
        OneToMore,
        FullyConnected,
    }

    /// <summary>A task whose compressed upload is exactly <paramref name="bytes"/> bytes at accuracy 1.</summary>
    public static LearningTask PlainTask(int id, double bytes, double release = 0, int[]? eligible = null) =>
        new(id, (long)bytes, 1.0, 0.9, release, 1.0, 8.0 * bytes / 1e6, eligible);

    /// <summary>A task with the paper's record size and ratio.</summary>
    public static LearningTask PaperTask(int id, long records, double release, int[]? eligible)
    {
        var accuracy = AccuracyModel.Paper.Evaluate(PaperRatio);
        var weighted = 8.0 * records * 15_000 * PaperRatio / (accuracy * 1e6);
        return new LearningTask(id, records, 15_000, 0.9, release, PaperRatio, weighted, eligible);
    }

    public static EdgeLearningInstance Random(System.Random random, int tasks, int edges, Topology topology, double maxRelease = 0)
    {
        var edgeList = Enumerable.Range(0, edges).Select(j => new EdgeServer(j, 100 + (900 * random.NextDouble()))).ToArray();
        var taskList = new LearningTask[tasks];
        for (var i = 0; i < tasks; i++)
        {
            var release = maxRelease > 0 ? maxRelease * random.NextDouble() : 0;
            taskList[i] = PaperTask(i, random.Next(20_000, 80_001), release, Eligible(random, edges, topology));
        }
        return new EdgeLearningInstance(taskList, edgeList);
    }

    /// <summary>
    /// <paramref name="instance"/> with random pipeline parameters, each set with probability 1/2: device rates
    /// 5–50 Gbps, access capacities 10–100 Gbps, 1–3 cores, compression up to 10^-10 s per byte. Raw data of
    /// 0.3–1.2 GB per task then takes at most about 0.25 s per stage, so restarts finish between outages.
    /// </summary>
    public static EdgeLearningInstance WithRandomPipeline(System.Random random, EdgeLearningInstance instance)
    {
        var devices = random.NextDouble() < 0.5;
        var access = random.NextDouble() < 0.5;
        var cores = random.NextDouble() < 0.5;
        var compression = random.NextDouble() < 0.5;
        var tasks = instance.Tasks.Select(t => devices ? t with { DeviceUplinkMbps = 5_000 + (45_000 * random.NextDouble()) } : t).ToArray();
        var edges = instance.Edges.Select(e => e with
        {
            AccessMbps = access ? 10_000 + (90_000 * random.NextDouble()) : double.PositiveInfinity,
            Cores = cores ? random.Next(1, 4) : 1,
            CompressionSecondsPerByte = compression ? 1e-10 * random.NextDouble() : 0,
        }).ToArray();
        return new EdgeLearningInstance(tasks, edges);
    }

    public static int[]? Eligible(System.Random random, int edges, Topology topology)
    {
        switch (topology)
        {
            case Topology.FullyConnected:
                return null;
            case Topology.OneToOne:
                var count = edges > 1 && random.NextDouble() >= 0.8 ? 2 : 1;
                return Distinct(random, edges, count);
            default:
                return Distinct(random, edges, random.Next(1, edges + 1));
        }
    }

    /// <summary>A random eligible edge per task, each edge's tasks in a random order.</summary>
    public static ScheduleResult RandomSchedule(System.Random random, EdgeLearningInstance instance)
    {
        var edgeOf = new int[instance.TaskCount];
        for (var i = 0; i < edgeOf.Length; i++)
        {
            var eligible = instance.EligibleEdges(i);
            edgeOf[i] = eligible[random.Next(eligible.Length)];
        }
        var order = new List<int>[instance.EdgeCount];
        for (var j = 0; j < order.Length; j++)
        {
            order[j] = [];
        }
        foreach (var i in Enumerable.Range(0, edgeOf.Length).OrderBy(_ => random.Next()))
        {
            order[edgeOf[i]].Add(i);
        }
        return Assignments.ToResult(instance, edgeOf, ExitReason.Completed, edgeOrder: order);
    }

    public static System.Random Seeded(int seed) => new Xoshiro256StarStar(seed);

    private static int[] Distinct(System.Random random, int edges, int count) =>
        [.. Enumerable.Range(0, edges).OrderBy(_ => random.Next()).Take(count).Order()];
}
