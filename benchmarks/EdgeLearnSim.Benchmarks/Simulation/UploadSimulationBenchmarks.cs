using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Benchmarks.Simulation;

/// <summary>
/// Offline upload simulation at constant bandwidth, releases at 0, 100 tasks per edge (10^6 tasks on 10^4 edges at
/// the largest size), random assignment in task order. The instance and schedule are built once per size; only
/// <see cref="UploadSimulation.Run"/> is timed. Under FIFO the run processes exactly n + 2m + 3 engine events (one
/// timeout per upload, a start and a first wake-up per edge, the release process's start and end, the stop), so
/// events per second is (n + 2m + 3) / mean time.
/// </summary>
[MemoryDiagnoser]
public class UploadSimulationBenchmarks
{
    private const int TasksPerEdge = 100;

    private EdgeLearningInstance instance = null!;
    private ScheduleResult schedule = null!;
    private SimulationSettings settings = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Tasks { get; set; }

    [Params(UplinkPolicy.Fifo, UplinkPolicy.FairShare)]
    public UplinkPolicy Uplink { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Xoshiro256StarStar(StableSeed.ToInt32(StableSeed.Derive(1, "upload-benchmark")), threadSafe: false);
        var edges = Enumerable.Range(0, Tasks / TasksPerEdge).Select(j => new EdgeServer(j, 100 + (900 * random.NextDouble()))).ToArray();
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
        settings = new SimulationSettings { Uplink = Uplink };
    }

    [Benchmark]
    public long Simulate() => UploadSimulation.Run(instance, schedule, settings, 1).EventCount;
}
