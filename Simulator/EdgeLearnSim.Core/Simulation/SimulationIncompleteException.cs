namespace EdgeLearnSim.Core.Simulation;

/// <summary>
/// The run reached <see cref="SimulationSettings.Horizon"/> or <see cref="SimulationSettings.MaxEvents"/> with tasks
/// unfinished; the message says which limit and how many tasks.
/// </summary>
public sealed class SimulationIncompleteException(string message) : Exception(message);
