using EdgeLearnSim.Core.Accuracy;
using ScottPlot;

namespace EdgeLearnSim.Reporting.Plots;

/// <summary>Fig. 3: measured (ratio, accuracy) points and a fitted curve A(R) = a·ln(R + b) + c.</summary>
public static class AccuracyCurvePlot
{
    /// <summary>Samples of the curve drawn: log-spaced in R + b so the steep part near −b is smooth.</summary>
    public const int CurveSamples = 400;

    /// <summary>
    /// The plot: one marker-only scatter of <paramref name="points"/> (legend "measured") and one line-only scatter of
    /// <paramref name="model"/> over the points' ratio range (legend "fit: a=… b=… c=…"), axes "space-remaining ratio R"
    /// and "relative accuracy A(R)".
    /// </summary>
    public static Plot Build(AccuracyModel model, IReadOnlyList<(double Ratio, double Accuracy)> points)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(points);
        var plot = new Plot();
        var measured = plot.Add.ScatterPoints(points.Select(p => p.Ratio).ToArray(), points.Select(p => p.Accuracy).ToArray());
        measured.LegendText = "measured";
        var (curveRatios, curveAccuracies) = Curve(model, points);
        var fitted = plot.Add.ScatterLine(curveRatios, curveAccuracies);
        fitted.LineWidth = 2;
        fitted.LegendText = FormattableString.Invariant($"fit: a={model.A:G6} b={model.B:G6} c={model.C:G6}");
        plot.XLabel("space-remaining ratio R");
        plot.YLabel("relative accuracy A(R)");
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    /// <summary>Writes <see cref="Build"/>'s plot as a PNG of <paramref name="width"/>×<paramref name="height"/> pixels.</summary>
    public static void Save(
        string path, AccuracyModel model, IReadOnlyList<(double Ratio, double Accuracy)> points, int width = 800, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(path);
        Build(model, points).SavePng(path, width, height);
    }

    private static (double[] Ratios, double[] Accuracies) Curve(AccuracyModel model, IReadOnlyList<(double Ratio, double Accuracy)> points)
    {
        var low = points.Count > 0 ? points.Min(p => p.Ratio) : 0.001;
        var high = points.Count > 0 ? points.Max(p => p.Ratio) : 1;
        if (high <= low)
        {
            high = low + 1;
        }
        // Log spacing in R + b puts samples where the curve bends; stay inside the domain R > −b.
        var (logLow, logHigh) = (Math.Log(Math.Max(low + model.B, 1e-300)), Math.Log(high + model.B));
        var ratios = new double[CurveSamples];
        var accuracies = new double[CurveSamples];
        for (var k = 0; k < CurveSamples; k++)
        {
            ratios[k] = Math.Max(low, Math.Exp(logLow + ((logHigh - logLow) * k / (CurveSamples - 1))) - model.B);
            accuracies[k] = model.Evaluate(ratios[k]);
        }
        return (ratios, accuracies);
    }
}
