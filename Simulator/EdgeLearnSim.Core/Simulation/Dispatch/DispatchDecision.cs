namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// One online decision: at simulated <see cref="Time"/>, task <see cref="Task"/> (just released; or, when
/// <see cref="Redispatch"/>, displaced by an outage or parked until one of its edges came back up) still has <see cref="Megabits"/> to upload and
/// <see cref="CompressionSeconds"/> of compression left on one core of its slowest eligible edge (the exact figure when
/// all its edges compress at one speed; <see cref="CompressionBytes"/> with each edge's κ_j gives it per edge);
/// <see cref="Edges"/> lists its eligible edges in index order. Wherever it goes, its device sends its
/// <see cref="RawMegabits"/> at up to <see cref="DeviceUplinkMbps"/>.
/// The list is reused by the simulation between decisions: a policy must not keep it.
/// </summary>
public sealed record DispatchDecision(
    double Time,
    int Task,
    double Megabits,
    double CompressionSeconds,
    bool Redispatch,
    IReadOnlyList<EdgeObservation> Edges)
{
    /// <summary>8·D_i/10^6, the raw megabits the device sends to the chosen edge.</summary>
    public double RawMegabits { get; init; }

    /// <summary>Raw bytes still to compress (D_i unless compression progress survived an outage).</summary>
    public double CompressionBytes { get; init; }

    /// <summary>a_i in Mbps; +∞: the device hands its data over instantly.</summary>
    public double DeviceUplinkMbps { get; init; } = double.PositiveInfinity;
}
