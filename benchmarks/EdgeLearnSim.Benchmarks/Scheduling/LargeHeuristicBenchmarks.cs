using BenchmarkDotNet.Attributes;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// <c>greedy</c> and <c>local-search</c> on n = 100,000 tasks, m = 1,000 fully connected edges (the scale
/// goal: within 1% of the bound in under 10 s). Run:
/// <c>dotnet run -c Release --project benchmarks/EdgeLearnSim.Benchmarks -- --filter '*LargeHeuristicBenchmarks*' --job short</c>.
/// </summary>
public class LargeHeuristicBenchmarks : HeuristicBenchmarkBase
{
    [Params("greedy", "local-search")]
    public override string Scheduler { get; set; } = "";

    [Params(100_000)]
    public override int Tasks { get; set; }

    [Params(1_000)]
    public override int Edges { get; set; }

    [Params("fully-connected")]
    public override string Topology { get; set; } = "";
}
