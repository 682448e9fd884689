namespace EdgeLearnSim.Core.Simulation;

/// <summary>The run reached <see cref="SimulationSettings.Horizon"/> with tasks unfinished; the message says how many.</summary>
public sealed class SimulationIncompleteException(string message) : Exception(message);
