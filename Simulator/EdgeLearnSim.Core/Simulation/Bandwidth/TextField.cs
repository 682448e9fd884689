namespace EdgeLearnSim.Core.Simulation.Bandwidth;

/// <summary>One whitespace-separated field of a text line and its 1-based column, for error locations.</summary>
internal readonly record struct TextField(string Text, int Column);
