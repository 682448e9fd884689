namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Edge outages for the simulation: either a trace file of <c>edge start end</c> rows, or exponential
/// up and down times with the given means (seconds), drawn from the cell's simulation stream.
/// </summary>
public sealed record OutageOptions(string? File, double MeanUpSeconds, double MeanDownSeconds, bool RestartInterrupted);
