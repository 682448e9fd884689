using EdgeLearnSim.Testbed.Experiment;

namespace EdgeLearnSim.Testbed.Autoencoder.Reporting;

/// <summary>
/// The mean A over the repeats of one record count at one ratio, with its 95 % Student-t interval (the repeats are
/// independent subsamples): how the paper's claim that the curves converge as N grows is checked.
/// </summary>
public sealed record RepeatInterval(string Compressor, string Input, int Records, double Ratio, int Repeats, double Mean, double HalfWidth)
{
    // Two-sided 97.5 % quantiles of Student's t for 1..10 degrees of freedom.
    private static readonly double[] StudentT = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

    public static IReadOnlyList<RepeatInterval> Of(string compressor, string input, IEnumerable<AccuracyPoint> points) =>
        [.. points.GroupBy(p => (p.Records, p.Ratio)).OrderBy(g => g.Key.Records).ThenBy(g => g.Key.Ratio).Select(g =>
        {
            var values = g.Select(p => p.RelativeAccuracy).ToArray();
            var mean = values.Average();
            var half = values.Length > 1
                ? StudentT[Math.Min(values.Length - 2, StudentT.Length - 1)] * Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1) / values.Length)
                : double.NaN;
            return new RepeatInterval(compressor, input, g.Key.Records, g.Key.Ratio, values.Length, mean, half);
        })];
}
