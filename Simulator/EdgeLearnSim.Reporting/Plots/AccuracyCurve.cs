using EdgeLearnSim.Core.Accuracy;

namespace EdgeLearnSim.Reporting.Plots;

/// <summary>One curve of Fig. 3: its legend name, its model and the points it was fitted to (none for a published or assumed curve).</summary>
public sealed record AccuracyCurve(string Name, AccuracyModel Model, IReadOnlyList<(double Ratio, double Accuracy)> Points)
{
    /// <summary>A ratio marked on the curve (for example the best ratio R*) with its legend text, or null.</summary>
    public (string Label, double Ratio)? Marked { get; init; }
}
