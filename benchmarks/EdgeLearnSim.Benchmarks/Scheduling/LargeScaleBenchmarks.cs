using BenchmarkDotNet.Attributes;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// 10^5 tasks × 10^3 edges in the three topologies (one-to-more: about 5·10^7 eligible pairs). Run:
/// <c>dotnet run -c Release --project benchmarks/EdgeLearnSim.Benchmarks -- --filter '*LargeScaleBenchmarks*' --job dry</c>.
/// </summary>
public class LargeScaleBenchmarks : ScaleBenchmarkBase
{
    [Params(100_000)]
    public override int Tasks { get; set; }

    [Params(1_000)]
    public override int Edges { get; set; }

    [Params("one-to-one", "one-to-more", "fully-connected")]
    public override string Topology { get; set; } = "";
}
