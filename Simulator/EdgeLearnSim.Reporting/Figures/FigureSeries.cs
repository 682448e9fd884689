using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>One line of a figure: a scheduler's mean at each x with the half-width of its 95% interval (NaN when n = 1).</summary>
public sealed record FigureSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Mean, IReadOnlyList<double> HalfWidth, IReadOnlyList<int> Count)
{
    /// <summary>The series of <paramref name="points"/> (each an x and the statistics there), in increasing x.</summary>
    public static FigureSeries Of(string name, IEnumerable<(double X, SampleStatistics Statistics)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var ordered = points.OrderBy(p => p.X).ToArray();
        return new FigureSeries(
            name,
            [.. ordered.Select(p => p.X)],
            [.. ordered.Select(p => p.Statistics.Mean)],
            [.. ordered.Select(p => p.Statistics.HalfWidth)],
            [.. ordered.Select(p => p.Statistics.Count)]);
    }
}
