namespace EdgeLearnSim.Core.Simulation.Results;

/// <summary>
/// What one edge looked like at each sample time of <see cref="SimulationTimeline.Times"/>: its uplink bandwidth in
/// Mbps, the upload work queued or in progress there in Mbit, and whether it was up.
/// </summary>
public sealed record EdgeTimeline(int Edge, IReadOnlyList<double> Mbps, IReadOnlyList<double> QueuedMegabits, IReadOnlyList<bool> Up);
