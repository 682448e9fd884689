using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Solvers;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// <c>greedy</c> and <c>local-search</c> on n = 100,000 tasks, m = 1,000 fully connected edges (the scale
/// goal: within 1% of the bound in under 10 s). Run:
/// <c>dotnet run -c Release --project benchmarks/EdgeLearnSim.Benchmarks -- --filter '*LargeHeuristicBenchmarks*' --job short</c>.
/// </summary>
[Config(typeof(HeuristicBenchmarkConfig))]
public class LargeHeuristicBenchmarks
{
    private EdgeLearningInstance instance = null!;
    private IScheduler scheduler = null!;

    [Params("greedy", "local-search")]
    public string Scheduler { get; set; } = "";

    [Params(100_000)]
    public int Tasks { get; set; }

    [Params(1_000)]
    public int Edges { get; set; }

    [Params("fully-connected")]
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
