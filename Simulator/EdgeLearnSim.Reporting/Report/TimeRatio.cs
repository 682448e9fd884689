using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Reporting.Report;

/// <summary>
/// How long one scheduler takes relative to another over the cells where both ran (paired by cell): the geometric
/// mean of the per-cell ratios of their wall-clock times, with the 95% Student-t interval of the mean log ratio
/// taken back to a ratio. NaN interval with fewer than two cells.
/// </summary>
public sealed record TimeRatio(string Point, int Cells, double GeometricMean, double CiLow, double CiHigh)
{
    /// <summary>The ratio over <paramref name="ratios"/>, one per cell; each must be positive and finite.</summary>
    public static TimeRatio Of(string point, IReadOnlyList<double> ratios)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        var logs = SampleStatistics.Of([.. ratios.Select(r => Math.Log(r))]);
        return new TimeRatio(point, logs.Count, Math.Exp(logs.Mean), Math.Exp(logs.CiLow), Math.Exp(logs.CiHigh));
    }
}
