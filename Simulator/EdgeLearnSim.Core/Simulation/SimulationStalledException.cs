namespace EdgeLearnSim.Core.Simulation;

/// <summary>
/// The run can never finish: an edge holds uploads that its bandwidth, zero for ever from some time on, can never
/// complete. The message names the edge, the time it was seen and how much work is left.
/// </summary>
public sealed class SimulationStalledException(string message) : Exception(message);
