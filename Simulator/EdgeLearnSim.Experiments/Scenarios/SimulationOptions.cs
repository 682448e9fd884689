namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// The scenario's <c>simulation:</c> section (SPEC §7), before it is mapped onto the simulator's own settings.
/// Defaults: fifo, no compression time, constant bandwidth, no outages, no online dispatch.
/// </summary>
public sealed record SimulationOptions
{
    public UplinkPolicyName Policy { get; init; } = UplinkPolicyName.Fifo;

    /// <summary>Edge compute time per raw byte before the upload starts.</summary>
    public double CompressionSecondsPerByte { get; init; }

    /// <summary>Device-to-edge access bandwidth in Mbps, or null for an instantaneous hand-over (the paper).</summary>
    public double? AccessBandwidthMbps { get; init; }

    public BandwidthTraceOptions? BandwidthTraces { get; init; }

    public OutageOptions? Outages { get; init; }

    /// <summary>Online dispatch policies simulated beside the offline schedulers, each giving rows of its own.</summary>
    public IReadOnlyList<string> OnlineDispatch { get; init; } = [];

    /// <summary>Simulated-time safety limit in seconds, or null for none.</summary>
    public double? HorizonSeconds { get; init; }
}
