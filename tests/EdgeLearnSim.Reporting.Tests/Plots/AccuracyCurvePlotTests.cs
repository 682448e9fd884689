using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Reporting.Plots;
using ScottPlot.Plottables;

namespace EdgeLearnSim.Reporting.Tests.Plots;

public class AccuracyCurvePlotTests
{
    private static readonly (double Ratio, double Accuracy)[] Points = [(0.013, 0.93), (0.1, 0.955), (0.5, 0.96), (1.0, 0.963)];

    [Fact]
    public void Build_ShowsThePointsAndTheCurveOverTheirRange()
    {
        var model = AccuracyModel.Paper;
        var plot = AccuracyCurvePlot.Build(model, Points);
        var scatters = plot.GetPlottables<Scatter>().ToArray();
        Assert.Equal(2, scatters.Length);

        var measured = scatters[0].Data.GetScatterPoints();
        Assert.Equal(Points.Select(p => p.Ratio), measured.Select(p => p.X));
        Assert.Equal(Points.Select(p => p.Accuracy), measured.Select(p => p.Y));
        Assert.Equal(0, scatters[0].LineWidth);

        var curve = scatters[1].Data.GetScatterPoints();
        Assert.Equal(AccuracyCurvePlot.CurveSamples, curve.Count);
        Assert.Equal(0.013, curve[0].X, 12);
        Assert.Equal(1.0, curve[^1].X, 12);
        Assert.All(curve, p => Assert.Equal(model.Evaluate(p.X), p.Y, 12));
        Assert.Contains("a=0.004032", scatters[1].LegendText, StringComparison.Ordinal);
        Assert.Equal("space-remaining ratio R", plot.Axes.Bottom.Label.Text);
    }

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
    public void Save_WritesAPng()
    {
        var path = Path.Combine(Path.GetTempPath(), $"accuracy-curve-{Guid.NewGuid():N}.png");
        try
        {
            AccuracyCurvePlot.Save(path, AccuracyModel.Paper, Points);
            var header = File.ReadAllBytes(path).Take(8).ToArray();
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, header);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
