using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// A validated scenario file. Seed, replications, topologies and schedulers are the same for every sweep point;
/// <see cref="Points"/> enumerates the sweep grid with the first axis outermost (a single point when there is no sweep).
/// </summary>
public sealed record Scenario
{
    /// <summary>The YAML <c>name:</c>, else the file name without extension (SPEC §8); also the output folder name.</summary>
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Absolute path of the scenario file.</summary>
    public required string SourcePath { get; init; }

    public required ulong Seed { get; init; }

    public required int Replications { get; init; }

    public required IReadOnlyList<TopologySpec> Topologies { get; init; }

    public required IReadOnlyList<SchedulerChoice> Schedulers { get; init; }

    public required IReadOnlyList<SweepAxis> Sweep { get; init; }

    public required IReadOnlyList<SweepPoint> Points { get; init; }
}
