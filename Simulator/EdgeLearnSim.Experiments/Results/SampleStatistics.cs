using MathNet.Numerics.Distributions;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// Mean, sample standard deviation (n − 1) and the 95% Student-t confidence interval of the mean
/// (mean ± t_{0.975, n−1}·sd/√n). With n = 1 the deviation and the interval are NaN.
/// </summary>
public sealed record SampleStatistics(int Count, double Mean, double StdDev, double CiLow, double CiHigh)
{
    public static SampleStatistics Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return new SampleStatistics(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        var mean = values.Average();
        if (values.Count == 1)
        {
            return new SampleStatistics(1, mean, double.NaN, double.NaN, double.NaN);
        }
        var sumOfSquares = values.Sum(v => (v - mean) * (v - mean));
        var sd = Math.Sqrt(sumOfSquares / (values.Count - 1));
        var half = StudentT.InvCDF(0, 1, values.Count - 1, 0.975) * sd / Math.Sqrt(values.Count);
        return new SampleStatistics(values.Count, mean, sd, mean - half, mean + half);
    }

    /// <summary>Half the width of the confidence interval (the error bar).</summary>
    public double HalfWidth => (CiHigh - CiLow) / 2;
}
