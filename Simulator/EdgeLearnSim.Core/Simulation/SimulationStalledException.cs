namespace EdgeLearnSim.Core.Simulation;

/// <summary>
/// The run can never finish: an edge holds uploads while its bandwidth is zero for ever. The message names the
/// edge, the time and how much work is left.
/// </summary>
public sealed class SimulationStalledException(string message) : Exception(message);
