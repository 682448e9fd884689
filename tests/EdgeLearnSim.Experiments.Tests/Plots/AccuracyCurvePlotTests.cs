using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Reporting.Plots;
using ScottPlot.Plottables;

namespace EdgeLearnSim.Experiments.Tests.Plots;

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
