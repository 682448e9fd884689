using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Testbed.Experiment;

namespace EdgeLearnSim.Testbed.Autoencoder.Reporting;

/// <summary>
/// One measured curve (a compressor, what the cloud learned from, a record count): the fit of A(R) = a·ln(R + b) + c
/// to all its points, R* (minimiser of R/A(R)), and R_lo, the smallest ratio at which the fit reaches A = 0.90.
/// </summary>
public sealed record CurveSummary(string Compressor, string Input, RecordCountFit Fit, double LowestRatioAt90)
{
    public const double AccuracyBound = 0.90;

    /// <summary>One summary per record count of <paramref name="points"/>, smallest count first.</summary>
    public static IReadOnlyList<CurveSummary> Of(string compressor, string input, IEnumerable<AccuracyPoint> points)
    {
        var list = points.ToArray();
        return [.. RecordCountFit.Of(list).Select(f =>
        {
            var minRatio = list.Where(p => p.Records == f.Records).Min(p => p.Ratio);
            var model = f.Fit.Model;
            // NaN where the fit never reaches the bound below R = 1.
            var lowest = model.Evaluate(1) >= AccuracyBound ? model.LowestRatio(AccuracyBound, minRatio) : double.NaN;
            return new CurveSummary(compressor, input, f, lowest);
        })];
    }
}
