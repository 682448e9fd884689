namespace EdgeLearnSim.Core.Accuracy;

/// <summary>The (ratio, accuracy) points of one group of a table; <paramref name="Value"/> is the grouping column's value (null when the table is not grouped).</summary>
public sealed record AccuracyGroup(string? Value, IReadOnlyList<(double Ratio, double Accuracy)> Points);
