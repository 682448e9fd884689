using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Benchmarks.Instances;

/// <summary>
/// Builds the largest instance the brief asks for, 10^6 tasks × 10^4 edges, with the paper's distributions. The
/// allocated bytes per build are the instance's memory bound (it must stay under 200 MB).
/// </summary>
[MemoryDiagnoser]
public class InstanceBuildBenchmarks
{
    private InstanceSpec spec = new();

    [Params("fully-connected", "one-to-one")]
    public string Topology { get; set; } = "fully-connected";

    [GlobalSetup]
    public void Setup() => spec = new InstanceSpec
    {
        Tasks = 1_000_000,
        Edges = 10_000,
        Topology = Topology == "one-to-one" ? new OneToOneTopology() : new FullyConnectedTopology(),
    };

    [Benchmark]
    public EdgeLearningInstance Generate() => InstanceGenerator.Generate(spec, 2026);
}
