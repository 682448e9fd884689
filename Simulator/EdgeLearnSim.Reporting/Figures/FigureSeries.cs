namespace EdgeLearnSim.Reporting.Figures;

/// <summary>One line of a figure: a scheduler's mean at each x with the half-width of its 95% interval (NaN when n = 1).</summary>
public sealed record FigureSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Mean, IReadOnlyList<double> HalfWidth, IReadOnlyList<int> Count);
