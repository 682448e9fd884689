using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Solvers;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// One scheduler on one seeded instance of the case's shape; subclasses only choose the parameter grid.
/// <see cref="GapToLowerBoundColumn"/> reads the four parameters by name.
/// </summary>
[Config(typeof(HeuristicBenchmarkConfig))]
public abstract class HeuristicBenchmarkBase
{
    private EdgeLearningInstance instance = null!;
    private IScheduler scheduler = null!;

    public abstract string Scheduler { get; set; }

    public abstract int Tasks { get; set; }

    public abstract int Edges { get; set; }

    public abstract string Topology { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        instance = HeuristicBenchmarkInstances.Paper(Tasks, Edges, Topology, seed: 1);
        scheduler = SchedulerCatalog.Default.Create(Scheduler);
    }

    [Benchmark]
    public double Schedule() => scheduler.Schedule(instance, new SchedulerContext(1)).Makespan;
}
