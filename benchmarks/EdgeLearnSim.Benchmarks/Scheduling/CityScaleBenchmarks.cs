using BenchmarkDotNet.Attributes;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// 10^6 tasks × 10^4 edges: one-to-one, one-to-more with k ≤ 10, fully connected. Run:
/// <c>dotnet run -c Release --project benchmarks/EdgeLearnSim.Benchmarks -- --filter '*CityScaleBenchmarks*' --job dry</c>.
/// </summary>
public class CityScaleBenchmarks : ScaleBenchmarkBase
{
    [Params(1_000_000)]
    public override int Tasks { get; set; }

    [Params(10_000)]
    public override int Edges { get; set; }

    [Params("one-to-one", "one-to-more-10", "fully-connected")]
    public override string Topology { get; set; } = "";
}
