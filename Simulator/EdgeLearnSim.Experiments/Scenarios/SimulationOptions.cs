using EdgeLearnSim.Core.Simulation;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// The scenario's <c>simulation:</c> section (SPEC §7), before it is mapped onto the simulator's own settings.
/// Defaults: fifo, no compression time, constant bandwidth, no outages, no online dispatch.
/// </summary>
public sealed record SimulationOptions
{
    public UplinkPolicy Policy { get; init; } = UplinkPolicy.Fifo;

    /// <summary>Edge compute time per raw byte before the upload starts.</summary>
    public double CompressionSecondsPerByte { get; init; }

    /// <summary>Device-to-edge access bandwidth in Mbps, or null for an instantaneous hand-over (the paper).</summary>
    public double? AccessBandwidthMbps { get; init; }

    public BandwidthTraceOptions? BandwidthTraces { get; init; }

    public OutageOptions? Outages { get; init; }

    /// <summary>Online dispatch policies (scenario names such as <c>online-least-loaded</c>) simulated beside the offline schedulers, each giving rows of its own.</summary>
    public IReadOnlyList<string> OnlineDispatch { get; init; } = [];

    /// <summary>External online policies (<c>{external: label, command: [...]}</c> entries of <c>online_dispatch</c>), simulated after the built-in ones.</summary>
    public IReadOnlyList<External.ExternalProgram> ExternalDispatch { get; init; } = [];

    /// <summary>Simulated-time safety limit in seconds, or null for none.</summary>
    public double? HorizonSeconds { get; init; }
}
