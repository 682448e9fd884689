namespace EdgeLearnSim.Core.Simulation.Outages;

/// <summary>
/// Each edge alternates independently between up and down periods with exponential lengths of the given means
/// (seconds), drawn from its own seeded stream.
/// </summary>
public sealed record RandomOutages(double MeanUpSeconds, double MeanDownSeconds) : OutageModel;
