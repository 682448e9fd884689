namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// What an online dispatch policy sees of one eligible edge at a decision: its mean uplink bandwidth B_j, its
/// current rate (a trace may make it differ), the megabits queued on or in service at its uplink, the core-seconds
/// of compression queued or in service at its compressor, and whether it is up; and its pipeline stages
/// (docs/pipeline.md): the raw megabits still arriving over its access link, its access capacity C_j, its cores k_j
/// and its compression speed κ_j.
/// </summary>
public readonly record struct EdgeObservation(
    int Edge,
    double MeanBandwidthMbps,
    double CurrentBandwidthMbps,
    double UplinkBacklogMegabits,
    double CompressionBacklogSeconds,
    bool Up)
{
    /// <summary>Raw megabits of transfers in progress into the edge, still to arrive.</summary>
    public double AccessBacklogMegabits { get; init; }

    /// <summary>C_j in Mbps; +∞: unlimited.</summary>
    public double AccessCapacityMbps { get; init; } = double.PositiveInfinity;

    /// <summary>k_j.</summary>
    public int Cores { get; init; } = 1;

    /// <summary>κ_j, seconds of one core per raw byte; 0: instantaneous.</summary>
    public double CompressionSecondsPerByte { get; init; }
}
