using BenchmarkDotNet.Configs;

namespace EdgeLearnSim.Benchmarks.Scheduling;

/// <summary>Adds the deviation-from-best-known column to the literature benchmarks' summaries.</summary>
public sealed class LiteratureBenchmarkConfig : ManualConfig
{
    public LiteratureBenchmarkConfig() => AddColumn(new DeviationFromBestKnownColumn());
}
