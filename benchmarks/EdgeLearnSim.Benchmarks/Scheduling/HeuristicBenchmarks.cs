using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Solvers;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// Every heuristic on the paper's sizes (m = 10; n = 100 and 600; each topology), seed 1, with the mean gap to the
/// lower bound over seeds 1..10 beside the time. Run:
/// <c>dotnet run -c Release --project benchmarks/EdgeLearnSim.Benchmarks -- --filter '*HeuristicBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(HeuristicBenchmarkConfig))]
public class HeuristicBenchmarks
{
    private EdgeLearningInstance instance = null!;
    private IScheduler scheduler = null!;

    [Params("random", "greedy", "annealing", "multi-phase", "local-search")]
    public string Scheduler { get; set; } = "";

    [Params(100, 600)]
    public int Tasks { get; set; }

    [Params(10)]
    public int Edges { get; set; }

    [Params("one-to-one", "one-to-more", "fully-connected")]
    public string Topology { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        instance = HeuristicBenchmarkInstances.Paper(Tasks, Edges, Topology, seed: 1);
        scheduler = SchedulerCatalog.Default.Create(Scheduler);
    }

    [Benchmark]
    public double Schedule() => scheduler.Schedule(instance, new SchedulerContext(1)).Makespan;
}
