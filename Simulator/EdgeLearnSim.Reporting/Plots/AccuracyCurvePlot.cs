using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Output;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace EdgeLearnSim.Reporting.Plots;

/// <summary>
/// Fig. 3, the one drawing of it: accuracy A(R) = a·ln(R + b) + c against the space-remaining ratio R, as measured
/// points and fitted, published or assumed curves (<see cref="AccuracyCurve"/>). The testbed, <c>fit-accuracy</c> and
/// every report's accuracy figure (<see cref="SaveModel"/>) draw it here.
/// </summary>
public static class AccuracyCurvePlot
{
    /// <summary>Samples of the curve drawn: log-spaced in R + b so the steep part near −b is smooth.</summary>
    public const int CurveSamples = 400;

    /// <summary>The image size of a Fig. 3 (a wider legend may ask for more): smaller, the y axis's label is cut.</summary>
    public const int Width = 1000;

    /// <inheritdoc cref="Width"/>
    public const int Height = 650;

    /// <summary>The ratios a report's model curve spans where its pole does not cut it first.</summary>
    public static readonly (double Low, double High) ModelRange = (1e-4, 1.0);

    /// <summary>
    /// Curves on a log-scaled ratio axis (ticks labelled in R): per curve, its points as markers and its fit as a line
    /// in the same colour, over the points' ratio range; a curve without points (a published or assumed one) is drawn
    /// black and dashed over <paramref name="referenceRange"/>; a curve's marked ratio is a large marker on it with its
    /// own legend entry. Legend entries are the curves' names.
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
            }
            else
            {
                line.Color = palette.GetColor(k);
                var points = plot.Add.ScatterPoints(curve.Points.Select(p => Math.Log10(p.Ratio)).ToArray(), curve.Points.Select(p => p.Accuracy).ToArray());
                points.Color = line.Color.WithAlpha(0.6);
                points.MarkerSize = 5;
            }
            if (curve.Marked is { } marked)
            {
                var marker = plot.Add.ScatterPoints(new[] { Math.Log10(marked.Ratio) }, new[] { curve.Model.Evaluate(marked.Ratio) });
                marker.Color = line.Color;
                marker.MarkerShape = MarkerShape.FilledDiamond;
                marker.MarkerSize = 12;
                marker.LegendText = marked.Label;
            }
        }
        plot.Axes.Bottom.TickGenerator = LogTicks(referenceRange);
        // Every point and every drawn curve in view: a fit that overshoots 1 at R = 1 is part of what the figure shows.
        // The lowest measured point sets the bottom (curves without points are cut there); with nothing measured, the
        // lowest drawn accuracy does.
        var drawn = curves.SelectMany(c => CurveOf(c, curves, referenceRange).Accuracies).Where(double.IsFinite).ToArray();
        var measured = curves.SelectMany(c => c.Points).Select(p => p.Accuracy).ToArray();
        var lowest = measured.Length > 0 ? measured.Min() : drawn.DefaultIfEmpty(1).Min();
        var highest = drawn.Concat(measured).DefaultIfEmpty(1).Max();
        plot.Axes.SetLimitsY(Math.Min(lowest, 1) - 0.03, Math.Max(highest, 1) + 0.02);
        plot.Title(title);
        plot.XLabel("space-remaining ratio R = compressed size / raw size (log scale)");
        plot.YLabel("relative accuracy A(R) = accuracy(compressed) / accuracy(raw)");
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    /// <summary>The numbers <see cref="Build(IReadOnlyList{AccuracyCurve}, string, ValueTuple{double, double})"/> plots, as CSV: <c>series,kind,ratio,relative_accuracy</c> (kind <c>point</c>, <c>curve</c> or <c>marker</c>, the series being the curve's name).</summary>
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
                if (curve.Marked is { } marked)
                {
                    CsvFormat.Row(csv, [curve.Name, "marker", CsvFormat.Number(marked.Ratio), CsvFormat.Number(curve.Model.Evaluate(marked.Ratio))]);
                }
            }
        });
    }

    /// <summary>
    /// A fitted curve over its points' ratios; a curve without points over <paramref name="range"/>, cut near its pole
    /// R = −b (where it plunges to −∞, possibly inside the range): where it falls below the lowest measured accuracy or,
    /// with nothing measured, where A(R) = 0.5, but no closer to the pole than 10^-7 (closer, doubles do not resolve R + b).
    /// </summary>
    private static (double[] Ratios, double[] Accuracies) CurveOf(AccuracyCurve curve, IReadOnlyList<AccuracyCurve> curves, (double Low, double High) range)
    {
        var model = curve.Model;
        if (curve.Points.Count > 0)
        {
            return Curve(model, curve.Points);
        }
        var measured = curves.SelectMany(c => c.Points).Select(p => p.Accuracy).ToArray();
        var cut = measured.Length > 0
            ? Math.BitIncrement(-model.B + Math.Exp((measured.Min() - model.C) / model.A))
            : -model.B + Math.Max(Math.Exp((0.5 - model.C) / model.A), 1e-7);
        return Curve(model, [(Math.Max(range.Low, cut), 0), (range.High, 0)]);
    }

    /// <summary>
    /// A report's Fig. 3 curve: <paramref name="model"/> without points, named by its parameters, with its best ratio
    /// R* (<see cref="AccuracyModel.BestRatio"/> without an accuracy floor) marked.
    /// </summary>
    public static AccuracyCurve ModelCurve(AccuracyModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var best = model.BestRatio(lowA: 0, minRatio: 1e-9);
        return new AccuracyCurve(FormattableString.Invariant($"model: a = {model.A:G4}, b = {model.B:G4}, c = {model.C:G4}"), model, [])
        {
            Marked = (FormattableString.Invariant($"best ratio R* = {best:G4}"), best),
        };
    }

    /// <summary>
    /// A report's accuracy figure: <see cref="ModelCurve"/> drawn over <see cref="ModelRange"/>, written as
    /// <c>accuracy.png</c>, <c>accuracy.svg</c> and <c>accuracy.csv</c> (<see cref="Csv"/>) into
    /// <paramref name="folder"/>; returns their paths in that order.
    /// </summary>
    public static IReadOnlyList<string> SaveModel(AccuracyModel model, string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        IReadOnlyList<AccuracyCurve> curves = [ModelCurve(model)];
        var plot = Build(curves, "Fig. 3: accuracy model A(R) = a·ln(R + b) + c", ModelRange);
        var (png, svg, csv) = (Path.Combine(folder, "accuracy.png"), Path.Combine(folder, "accuracy.svg"), Path.Combine(folder, "accuracy.csv"));
        AtomicFile.WriteAllBytes(png, plot.GetImageBytes(Width, Height, ImageFormat.Png));
        AtomicFile.WriteAllText(svg, plot.GetSvgXml(Width, Height));
        AtomicFile.WriteAllText(csv, Csv(curves, ModelRange));
        return [png, svg, csv];
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
