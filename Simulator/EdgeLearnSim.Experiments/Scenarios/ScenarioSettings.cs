using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// The fully resolved settings of one sweep point: every default applied, every path absolute.
/// <see cref="Instance"/> carries the fully connected topology as a placeholder; each cell sets its own.
/// </summary>
public sealed record ScenarioSettings
{
    public required InstanceSpec Instance { get; init; }

    public required SimulationOptions Simulation { get; init; }

    /// <summary>Per-scheduler wall-clock safety net (SPEC §4), or null for none.</summary>
    public TimeSpan? SchedulerTimeLimit { get; init; }
}
