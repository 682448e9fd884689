using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Output;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace EdgeLearnSim.Reporting.Plots;

/// <summary>Fig. 3: measured (ratio, accuracy) points and fitted curves A(R) = a·ln(R + b) + c.</summary>
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

    /// <summary>Writes <see cref="Build(AccuracyModel, IReadOnlyList{ValueTuple{double, double}})"/>'s plot as a PNG of <paramref name="width"/>×<paramref name="height"/> pixels.</summary>
    public static void Save(
        string path, AccuracyModel model, IReadOnlyList<(double Ratio, double Accuracy)> points, int width = 800, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(path);
        Build(model, points).SavePng(path, width, height);
    }

    /// <summary>
    /// Several curves on a log-scaled ratio axis (ticks labelled in R): per curve, its points as markers and its fit as
    /// a line in the same colour, over the points' ratio range; a curve without points (a published one) is drawn
    /// dashed over <paramref name="referenceRange"/>. Legend entries are the curves' names.
    /// </summary>
    public static Plot Build(IReadOnlyList<AccuracyCurve> curves, string title, (double Low, double High) referenceRange)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var k = 0; k < curves.Count; k++)
        {
            var curve = curves[k];
            var (ratios, accuracies) = CurveOf(curve, curves, referenceRange);
            var line = plot.Add.ScatterLine(ratios.Select(Math.Log10).ToArray(), accuracies);
            line.LineWidth = 2;
            line.LegendText = curve.Name;
            if (curve.Points.Count == 0)
            {
                line.Color = Colors.Black;
                line.LinePattern = LinePattern.Dashed;
                continue;
            }
            line.Color = palette.GetColor(k);
            var points = plot.Add.ScatterPoints(curve.Points.Select(p => Math.Log10(p.Ratio)).ToArray(), curve.Points.Select(p => p.Accuracy).ToArray());
            points.Color = line.Color.WithAlpha(0.6);
            points.MarkerSize = 5;
        }
        plot.Axes.Bottom.TickGenerator = LogTicks(referenceRange);
        // Every point and every drawn curve in view: a fit that overshoots 1 at R = 1 is part of what the figure shows.
        var measured = curves.SelectMany(c => c.Points).Select(p => p.Accuracy).DefaultIfEmpty(1).ToArray();
        var highest = curves.SelectMany(c => CurveOf(c, curves, referenceRange).Accuracies).Where(double.IsFinite).Append(measured.Max()).Max();
        plot.Axes.SetLimitsY(Math.Min(measured.Min(), 1) - 0.03, Math.Max(highest, 1) + 0.02);
        plot.Title(title);
        plot.XLabel("space-remaining ratio R = compressed size / raw size (log scale)");
        plot.YLabel("relative accuracy A(R) = accuracy(compressed) / accuracy(raw)");
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    /// <summary>The numbers <see cref="Build(IReadOnlyList{AccuracyCurve}, string, ValueTuple{double, double})"/> plots, as CSV: <c>series,kind,ratio,relative_accuracy</c> (kind <c>point</c> or <c>curve</c>).</summary>
    public static string Csv(IReadOnlyList<AccuracyCurve> curves, (double Low, double High) referenceRange)
    {
        ArgumentNullException.ThrowIfNull(curves);
        return CsvFormat.Build(csv =>
        {
            CsvFormat.Row(csv, ["series", "kind", "ratio", "relative_accuracy"]);
            foreach (var curve in curves)
            {
                foreach (var (ratio, accuracy) in curve.Points)
                {
                    CsvFormat.Row(csv, [curve.Name, "point", CsvFormat.Number(ratio), CsvFormat.Number(accuracy)]);
                }
                var (ratios, accuracies) = CurveOf(curve, curves, referenceRange);
                for (var k = 0; k < ratios.Length; k++)
                {
                    CsvFormat.Row(csv, [curve.Name, "curve", CsvFormat.Number(ratios[k]), CsvFormat.Number(accuracies[k])]);
                }
            }
        });
    }

    /// <summary>
    /// A fitted curve over its points' ratios; a published curve over <paramref name="range"/>, cut where it falls below
    /// the lowest measured accuracy (it plunges to −∞ at its pole R = −b, which may lie inside the range).
    /// </summary>
    private static (double[] Ratios, double[] Accuracies) CurveOf(AccuracyCurve curve, IReadOnlyList<AccuracyCurve> curves, (double Low, double High) range)
    {
        if (curve.Points.Count > 0)
        {
            return Curve(curve.Model, curve.Points);
        }
        var floor = curves.SelectMany(c => c.Points).Select(p => p.Accuracy).DefaultIfEmpty(0).Min();
        var low = Math.Max(range.Low, Math.BitIncrement(-curve.Model.B + Math.Exp((floor - curve.Model.C) / curve.Model.A)));
        return Curve(curve.Model, [(low, 0), (range.High, 0)]);
    }

    private static NumericManual LogTicks((double Low, double High) range)
    {
        var ticks = new NumericManual();
        for (var decade = (int)Math.Floor(Math.Log10(range.Low)); decade <= (int)Math.Ceiling(Math.Log10(range.High)); decade++)
        {
            foreach (var step in (int[])[1, 2, 5])
            {
                var value = step * Math.Pow(10, decade);
                if (value >= range.Low * 0.999 && value <= range.High * 1.001)
                {
                    ticks.AddMajor(Math.Log10(value), value.ToString("G3", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
        return ticks;
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
