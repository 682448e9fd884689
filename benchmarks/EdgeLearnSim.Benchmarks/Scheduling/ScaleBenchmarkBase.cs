using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// greedy, multi-phase and the lower bound of docs/model.md on one generated instance (the scenario generator's
/// columnar instance, built once in setup, so Allocated is the piece's own memory); subclasses choose the size.
/// Topologies: <c>one-to-one</c>, <c>one-to-more</c> (k uniform in 1..m), <c>one-to-more-10</c> (k ≤ 10),
/// <c>fully-connected</c>.
/// </summary>
[MemoryDiagnoser]
public abstract class ScaleBenchmarkBase
{
    private EdgeLearningInstance instance = null!;

    public abstract int Tasks { get; set; }

    public abstract int Edges { get; set; }

    public abstract string Topology { get; set; }

    [GlobalSetup]
    public void Setup() => instance = InstanceGenerator.Generate(
        new InstanceSpec
        {
            Tasks = Tasks,
            Edges = Edges,
            Topology = Topology switch
            {
                "one-to-one" => new OneToOneTopology(),
                "one-to-more" => new OneToMoreTopology(),
                "one-to-more-10" => new OneToMoreTopology(10),
                "fully-connected" => new FullyConnectedTopology(),
                _ => throw new ArgumentException($"unknown topology '{Topology}'"),
            },
        },
        2026);

    [Benchmark]
    public double Greedy() => new GreedyScheduler().Schedule(instance, new SchedulerContext(1)).Makespan;

    [Benchmark]
    public double MultiPhase() => new MultiPhaseScheduler().Schedule(instance, new SchedulerContext(1)).Makespan;

    [Benchmark]
    public double LowerBound() => RelatedLowerBound.Compute(instance);
}
