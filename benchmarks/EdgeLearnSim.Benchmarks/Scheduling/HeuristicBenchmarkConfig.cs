using BenchmarkDotNet.Configs;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>Adds the gap-to-lower-bound column to the heuristic benchmarks' summaries.</summary>
public sealed class HeuristicBenchmarkConfig : ManualConfig
{
    public HeuristicBenchmarkConfig() => AddColumn(new GapToLowerBoundColumn());
}
