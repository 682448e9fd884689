using BenchmarkDotNet.Attributes;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>
/// Every heuristic on the paper's sizes (m = 10; n = 100 and 600; each topology), seed 1, with the mean gap to the
/// lower bound over seeds 1..10 beside the time. Run:
/// <c>dotnet run -c Release --project benchmarks/EdgeLearnSim.Benchmarks -- --filter '*HeuristicBenchmarks*' --job short</c>.
/// </summary>
public class HeuristicBenchmarks : HeuristicBenchmarkBase
{
    [Params("random", "greedy", "annealing", "multi-phase", "local-search")]
    public override string Scheduler { get; set; } = "";

    [Params(100, 600)]
    public override int Tasks { get; set; }

    [Params(10)]
    public override int Edges { get; set; }

    [Params("one-to-one", "one-to-more", "fully-connected")]
    public override string Topology { get; set; } = "";
}
