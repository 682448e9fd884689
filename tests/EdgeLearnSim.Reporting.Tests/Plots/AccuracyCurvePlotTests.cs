using System.Globalization;
using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Reporting.Plots;
using ScottPlot.Plottables;

namespace EdgeLearnSim.Reporting.Tests.Plots;

public class AccuracyCurvePlotTests
{
    private static readonly (double Ratio, double Accuracy)[] Points = [(0.013, 0.93), (0.1, 0.955), (0.5, 0.96), (1.0, 0.963)];

    [Fact]
    public void BuildCurves_PointsAndFitPerCurveOnALogRatioAxis_PublishedCurveDashedWithoutPoints()
    {
        AccuracyCurve[] curves =
        [
            new("N = 1,000", new AccuracyModel(0.05, 0.001, 0.99), Points),
            new("paper", AccuracyModel.Paper, []),
        ];
        var plot = AccuracyCurvePlot.Build(curves, "title", (0.001, 1.0));
        var scatters = plot.GetPlottables<Scatter>().ToArray();

        Assert.Equal(3, scatters.Length);
        Assert.Equal("N = 1,000", scatters[0].LegendText);
        Assert.Equal(Points.Select(p => Math.Log10(p.Ratio)), scatters[1].Data.GetScatterPoints().Select(p => p.X));
        Assert.Equal(Points.Select(p => p.Accuracy), scatters[1].Data.GetScatterPoints().Select(p => p.Y));
        Assert.Equal("paper", scatters[2].LegendText);
        Assert.Equal(ScottPlot.LinePattern.Dashed, scatters[2].LinePattern);
        var reference = scatters[2].Data.GetScatterPoints();
        // Cut where the published curve falls below the lowest measured point (0.93), far above its pole.
        Assert.Equal(0.93, AccuracyModel.Paper.Evaluate(Math.Pow(10, reference[0].X)), 6);
        Assert.Equal(0, reference[^1].X, 12);
        Assert.All(reference, p => Assert.Equal(AccuracyModel.Paper.Evaluate(Math.Pow(10, p.X)), p.Y, 9));
        Assert.Contains("log scale", plot.Axes.Bottom.Label.Text, StringComparison.Ordinal);

        var csv = AccuracyCurvePlot.Csv(curves, (0.001, 1.0)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("series,kind,ratio,relative_accuracy", csv[0]);
        Assert.Equal(Points.Length + (2 * AccuracyCurvePlot.CurveSamples), csv.Length - 1);
        Assert.Equal(Points.Length, csv.Count(line => line.Contains(",point,", StringComparison.Ordinal)));
    }

    [Fact]
    public void ModelCurve_DrawnAlone_DashedFromNearItsPoleToOne_BestRatioMarkedOnIt_AxisFitsTheCurve()
    {
        var model = AccuracyModel.Paper;
        var plot = AccuracyCurvePlot.Build([AccuracyCurvePlot.ModelCurve(model)], "title", AccuracyCurvePlot.ModelRange);
        var scatters = plot.GetPlottables<Scatter>().ToArray();

        Assert.Equal(2, scatters.Length);
        Assert.Equal("model: a = 0.004032, b = -0.01276, c = 0.9634", scatters[0].LegendText);
        Assert.Equal(ScottPlot.LinePattern.Dashed, scatters[0].LinePattern);
        var curve = scatters[0].Data.GetScatterPoints();
        Assert.Equal(AccuracyCurvePlot.CurveSamples, curve.Count);
        // Nothing measured: the curve starts 10^-7 above its pole R = −b (A would reach 0.5 only ~10^-50 above it).
        Assert.Equal(-model.B + 1e-7, Math.Pow(10, curve[0].X), 12);
        Assert.Equal(0, curve[^1].X, 12);
        Assert.All(curve, p => Assert.Equal(model.Evaluate(Math.Pow(10, p.X)), p.Y, 9));

        var best = Assert.Single(scatters[1].Data.GetScatterPoints());
        Assert.Equal(0.012811, Math.Pow(10, best.X), 5);
        Assert.Equal(0.92394, best.Y, 4);
        Assert.Equal("best ratio R* = 0.01281", scatters[1].LegendText);
        Assert.Equal(scatters[0].Color, scatters[1].Color);

        var limits = plot.Axes.GetLimits();
        Assert.Equal(curve.Min(p => p.Y) - 0.03, limits.Bottom, 12);
        Assert.Equal(1.02, limits.Top, 12);
        Assert.True(limits.Bottom > 0.8, $"bottom {limits.Bottom}");
        Assert.Contains("ratio R", plot.Axes.Bottom.Label.Text, StringComparison.Ordinal);
        Assert.Contains("A(R)", plot.Axes.Left.Label.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveModel_WritesPngSvgAndCsv_TheCsvEndingWithTheMarkedBestRatio()
    {
        using var folder = new TempFolder();
        var model = AccuracyModel.Paper;

        var paths = AccuracyCurvePlot.SaveModel(model, folder.Path);

        string[] files = ["accuracy.png", "accuracy.svg", "accuracy.csv"];
        Assert.Equal(files, paths.Select(p => Path.GetFileName(p)));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(paths[0]).Take(4).ToArray());
        Assert.Contains("<svg", File.ReadAllText(paths[1]), StringComparison.Ordinal);
        var csv = File.ReadAllLines(paths[2]);
        Assert.Equal("series,kind,ratio,relative_accuracy", csv[0]);
        Assert.Equal(AccuracyCurvePlot.CurveSamples, csv.Count(line => line.Contains(",curve,", StringComparison.Ordinal)));
        var marker = csv[^1].Split(',');
        Assert.Equal("marker", marker[^3]);
        var best = model.BestRatio(lowA: 0, minRatio: 1e-9);
        Assert.Equal(best, double.Parse(marker[^2], CultureInfo.InvariantCulture));
        Assert.Equal(model.Evaluate(best), double.Parse(marker[^1], CultureInfo.InvariantCulture));
    }
}
