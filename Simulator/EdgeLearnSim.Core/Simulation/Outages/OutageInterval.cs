namespace EdgeLearnSim.Core.Simulation.Outages;

/// <summary>An edge is down during [Start, End).</summary>
/// <param name="Edge">Edge id.</param>
/// <param name="Start">Time the edge goes down, in seconds.</param>
/// <param name="End">Time it is back up, after <paramref name="Start"/>.</param>
/// <param name="Location">Where the interval was read (<c>file:line:column</c>), for error messages.</param>
public sealed record OutageInterval(int Edge, double Start, double End, string Location);
