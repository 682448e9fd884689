using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// A validated scenario file. Seed, replications, topologies and schedulers are the same for every sweep point;
/// <see cref="Points"/> enumerates the sweep grid with the first axis outermost (a single point when there is no sweep).
/// </summary>
public sealed record Scenario
{
    /// <summary>The YAML <c>name:</c>, else the file name without extension (Scenarios/SCHEMA.md, "Output"); also the output folder name.</summary>
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

    /// <summary>The scheduler every other is compared with within a sweep point (<c>reference:</c>, default <c>random</c>).</summary>
    public string Reference { get; init; } = DefaultReference;

    /// <summary>Published results the report compares with (<c>compare_with:</c>, only <c>paper</c> so far), or null.</summary>
    public string? CompareWith { get; init; }

    /// <summary>The instance bounds to compute (<c>bounds:</c>), or null for the toolkit's default for the size.</summary>
    public IReadOnlyList<string>? Bounds { get; init; }

    /// <summary>True when the scenario sweeps: the points of a replication share every quantity they do not change, so they are paired.</summary>
    public bool PairsPoints => Sweep.Count > 0;

    /// <summary>
    /// True when the uploads are not the paper's static setting (some point has time-varying bandwidth, outages,
    /// online dispatch, pipeline parameters (access, cores, compression), releases after 0, or the sweep varies the simulation), so the
    /// simulated columns can differ between schedulers in ways the weighted makespan does not show.
    /// </summary>
    public bool IsDynamic =>
        Sweep.Any(a => a.Path.StartsWith("simulation.", StringComparison.Ordinal))
        || Points.Any(p => p.Settings.Simulation.Bandwidth is not null || p.Settings.Simulation.Outages is not null
            || p.Settings.OnlineDispatch.Count > 0 || p.Settings.ExternalDispatch.Count > 0 || HasPipeline(p.Settings.Instance)
            || p.Settings.Instance.Arrivals is not AllAtZeroArrivals);

    /// <summary>True when some point sets a pipeline parameter (device or access rates, cores, compression speed).</summary>
    public bool HasPipelineParameters => Points.Any(p => HasPipeline(p.Settings.Instance));

    private static bool HasPipeline(InstanceSpec spec) =>
        spec.DeviceUplinkMbps is not null || spec.EdgeAccessMbps is not null || spec.EdgeCores is not null || spec.CompressionSecondsPerByte is not null;

    /// <summary>True when edges can fail at some point of the sweep (so tasks can be re-dispatched).</summary>
    public bool HasOutages =>
        Sweep.Any(a => a.Path.StartsWith("simulation.outages", StringComparison.Ordinal))
        || Points.Any(p => p.Settings.Simulation.Outages is not null);

    /// <summary>The reference scheduler when a scenario names none.</summary>
    public const string DefaultReference = "random";
}
