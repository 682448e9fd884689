namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// What an online dispatch policy sees of one eligible edge at a decision: its mean uplink bandwidth B_j, its
/// current rate (a trace may make it differ), the megabits queued on or in service at its uplink, the seconds of
/// compression queued at its compressor, and whether it is up.
/// </summary>
public readonly record struct EdgeObservation(
    int Edge,
    double MeanBandwidthMbps,
    double CurrentBandwidthMbps,
    double UplinkBacklogMegabits,
    double CompressionBacklogSeconds,
    bool Up);
