using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.Bounds;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// <see cref="RelatedLowerBound"/>: the max-flow path (eligibility lists) and the prefix path (fully connected) at the
/// paper's size, and the prefix path at 10^5 tasks × 10^3 edges. Run:
/// <c>dotnet run -c Release --project benchmarks/EdgeLearnSim.Benchmarks -- --filter '*LowerBoundBenchmarks*' --job short</c>.
/// </summary>
public class LowerBoundBenchmarks
{
    private EdgeLearningInstance paperOneToOne = null!;
    private EdgeLearningInstance paperOneToMore = null!;
    private EdgeLearningInstance paperFullyConnected = null!;
    private EdgeLearningInstance large = null!;

    [GlobalSetup]
    public void Setup()
    {
        paperOneToOne = HeuristicBenchmarkInstances.Paper(600, 10, "one-to-one", seed: 1);
        paperOneToMore = HeuristicBenchmarkInstances.Paper(600, 10, "one-to-more", seed: 1);
        paperFullyConnected = HeuristicBenchmarkInstances.Paper(600, 10, "fully-connected", seed: 1);
        large = HeuristicBenchmarkInstances.Paper(100_000, 1_000, "fully-connected", seed: 1);
    }

    [Benchmark]
    public double FlowOneToOne600x10() => RelatedLowerBound.Compute(paperOneToOne);

    [Benchmark]
    public double FlowOneToMore600x10() => RelatedLowerBound.Compute(paperOneToMore);

    [Benchmark]
    public double PrefixFullyConnected600x10() => RelatedLowerBound.Compute(paperFullyConnected);

    [Benchmark]
    public double PrefixFullyConnected100000x1000() => RelatedLowerBound.Compute(large);
}
