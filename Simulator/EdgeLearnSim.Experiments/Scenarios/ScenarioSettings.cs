using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Programs;
using EdgeLearnSim.Core.Simulation;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// The fully resolved settings of one sweep point, in the domain's own types: every default applied, every path
/// absolute, every trace loaded. <see cref="Instance"/> carries the fully connected topology as a placeholder; each
/// cell sets its own.
/// </summary>
public sealed record ScenarioSettings
{
    public required InstanceSpec Instance { get; init; }

    public required SimulationSettings Simulation { get; init; }

    /// <summary>Online dispatch policies simulated beside the offline schedulers, each giving rows of its own.</summary>
    public IReadOnlyList<OnlinePolicy> OnlineDispatch { get; init; } = [];

    /// <summary>External online policies (<c>{external: label, command: [...]}</c> entries of <c>online_dispatch</c>), simulated after the built-in ones.</summary>
    public IReadOnlyList<ExternalProgram> ExternalDispatch { get; init; } = [];

    /// <summary>Per-scheduler wall-clock safety net (Scenarios/SCHEMA.md, `limits.scheduler_seconds`), or null for none.</summary>
    public TimeSpan? SchedulerTimeLimit { get; init; }
}
