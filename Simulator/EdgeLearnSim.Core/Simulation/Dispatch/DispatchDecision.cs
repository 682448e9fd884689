namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// One online decision: at simulated <see cref="Time"/>, task <see cref="Task"/> (just released; or, when
/// <see cref="Redispatch"/>, displaced by an outage or parked until one of its edges came back up) still has <see cref="Megabits"/> to upload and
/// <see cref="CompressionSeconds"/> of compression left; <see cref="Edges"/> lists its eligible edges in index order.
/// The list is reused by the simulation between decisions: a policy must not keep it.
/// </summary>
public sealed record DispatchDecision(
    double Time,
    int Task,
    double Megabits,
    double CompressionSeconds,
    bool Redispatch,
    IReadOnlyList<EdgeObservation> Edges);
