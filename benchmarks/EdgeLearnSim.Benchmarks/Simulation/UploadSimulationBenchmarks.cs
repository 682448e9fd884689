using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Uplinks;
using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Benchmarks.Simulation;

/// <summary>
/// Offline upload simulation at constant bandwidth, releases at 0, random assignment in task order, n = 10^4, 10^5,
/// 10^6 tasks on either 10,000 edges (the headline: 10^6 uploads on 10^4 edges) or 100 tasks per edge. The instance
/// and schedule are built once per case; only <see cref="UploadSimulation.Run"/> is timed. Under FIFO the run
/// processes exactly n + m + (edges with tasks) + 3 engine events (one timeout per upload, a start per edge and a
/// first wake-up per busy edge, the release process's start and end, the stop), so events per second is that count
/// over the mean time.
/// </summary>
[MemoryDiagnoser]
public class UploadSimulationBenchmarks
{
    private const int TasksPerEdge = 100;
    private const int HeadlineEdges = 10_000;

    private EdgeLearningInstance instance = null!;
    private ScheduleResult schedule = null!;
    private SimulationSettings settings = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Tasks { get; set; }

    /// <summary>The uplink policy's registered name.</summary>
    [Params("fifo", "fair-share")]
    public string Uplink { get; set; } = "fifo";

    /// <summary>True: m = 10,000 edges at every size; false: m = n / 100.</summary>
    [Params(true, false)]
    public bool TenThousandEdges { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Xoshiro256StarStar(StableSeed.ToInt32(StableSeed.Derive(1, "upload-benchmark")), threadSafe: false);
        var edgeCount = TenThousandEdges ? HeadlineEdges : Tasks / TasksPerEdge;
        var edges = Enumerable.Range(0, edgeCount).Select(j => new EdgeServer(j, 100 + (900 * random.NextDouble()))).ToArray();
        var ratio = 0.012811;
        var accuracy = AccuracyModel.Paper.Evaluate(ratio);
        var tasks = new LearningTask[Tasks];
        var edgeOf = new int[Tasks];
        for (var i = 0; i < Tasks; i++)
        {
            var records = random.Next(20_000, 80_001);
            tasks[i] = new LearningTask(i, records, 15_000, 0.9, 0, ratio, 8.0 * records * 15_000 * ratio / (accuracy * 1e6), null);
            edgeOf[i] = random.Next(edges.Length);
        }
        instance = new EdgeLearningInstance(tasks, edges);
        schedule = Assignments.ToResult(instance, edgeOf, ExitReason.Completed);
        settings = new SimulationSettings { Uplink = UplinkPolicies.Default.Find(Uplink) };
    }

    [Benchmark]
    public long Simulate() => UploadSimulation.Run(instance, schedule, settings, 1).EventCount;
}
