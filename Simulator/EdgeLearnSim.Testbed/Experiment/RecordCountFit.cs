using EdgeLearnSim.Core.Accuracy;

namespace EdgeLearnSim.Testbed.Experiment;

/// <summary>The fit of A(R) = a·ln(R + b) + c to every point measured with <paramref name="Records"/> records, and its best ratio R* (the minimiser of R/A(R), docs/model.md).</summary>
public sealed record RecordCountFit(int Records, AccuracyFit Fit, double BestRatio)
{
    /// <summary>One fit per record count, smallest count first.</summary>
    public static IReadOnlyList<RecordCountFit> Of(IEnumerable<AccuracyPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return [.. points.GroupBy(p => p.Records).OrderBy(g => g.Key).Select(g =>
        {
            var fit = AccuracyFitter.Fit([.. g.Select(p => (p.Ratio, p.RelativeAccuracy))]);
            return new RecordCountFit(g.Key, fit, fit.Model.BestRatio(lowA: 0, minRatio: g.Min(p => p.Ratio)));
        })];
    }
}
