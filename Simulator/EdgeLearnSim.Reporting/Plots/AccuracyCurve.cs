using EdgeLearnSim.Core.Accuracy;

namespace EdgeLearnSim.Reporting.Plots;

/// <summary>One curve of a multi-curve Fig. 3: its legend name, its fitted model and the points it was fitted to (none for a published curve).</summary>
public sealed record AccuracyCurve(string Name, AccuracyModel Model, IReadOnlyList<(double Ratio, double Accuracy)> Points);
