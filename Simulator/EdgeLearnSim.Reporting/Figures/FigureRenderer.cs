using System.Globalization;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Output;
using ScottPlot;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// Draws a <see cref="FigureSpec"/> with ScottPlot (mean lines with markers, 95% CI error bars, legend) and saves
/// it as PNG (rendered by Skia), SVG and the CSV of the plotted numbers, each written atomically.
/// </summary>
public static class FigureRenderer
{
    public const int Width = 800;
    public const int Height = 500;

    // Beyond this many series a legend inside the axes hides the data (a two-axis sweep's figures): it goes beside them,
    // in an image widened by the legend's room.
    private const int SeriesInsideLegend = 8;
    private const int WidthWithLegendBeside = 1300;

    /// <summary>The image width: wider when the legend stands beside the axes.</summary>
    public static int WidthOf(FigureSpec figure) => figure?.Series.Count > SeriesInsideLegend ? WidthWithLegendBeside : Width;

    public static Plot Draw(FigureSpec figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var plot = new Plot();
        var styles = figure.Styles ?? new SeriesStyles(figure.Series.Select(s => s.Name));
        foreach (var series in figure.Series)
        {
            var xs = series.X.ToArray();
            var ys = series.Mean.ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.Color = styles.ColorOf(series.Name);
            line.LegendText = series.Name;
            line.MarkerSize = xs.Length > 30 ? 0 : 6;
            if (series.HalfWidth.Any(double.IsFinite))
            {
                var bars = plot.Add.ErrorBar(xs, ys, series.HalfWidth.Select(h => double.IsFinite(h) ? h : 0).ToArray());
                bars.Color = line.Color;
            }
        }
        plot.Title(figure.Title);
        plot.XLabel(figure.XLabel);
        plot.YLabel(figure.YLabel);
        if (figure.Series.Count > SeriesInsideLegend)
        {
            plot.ShowLegend(Edge.Right);
        }
        else
        {
            plot.ShowLegend(Alignment.UpperLeft);
        }
        var (left, right, bottom, top) = Limits(figure);
        plot.Axes.SetLimits(left, right, bottom, top);
        return plot;
    }

    /// <summary>The axis limits: every point and error bar, padded by 5% of each span (and 0 kept in view for counts and times ≥ 0).</summary>
    public static (double Left, double Right, double Bottom, double Top) Limits(FigureSpec figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var xs = figure.Series.SelectMany(s => s.X).Where(double.IsFinite).ToArray();
        var lows = figure.Series.SelectMany(s => s.Mean.Select((m, k) => double.IsFinite(s.HalfWidth[k]) ? m - s.HalfWidth[k] : m)).Where(double.IsFinite).ToArray();
        var highs = figure.Series.SelectMany(s => s.Mean.Select((m, k) => double.IsFinite(s.HalfWidth[k]) ? m + s.HalfWidth[k] : m)).Where(double.IsFinite).ToArray();
        if (xs.Length == 0 || lows.Length == 0)
        {
            return (0, 1, 0, 1);
        }
        var (left, right) = Padded(xs.Min(), xs.Max());
        var (bottom, top) = Padded(lows.Min(), highs.Max());
        return (left, right, bottom, top);
    }

    private static (double Low, double High) Padded(double low, double high)
    {
        var span = high - low;
        var pad = span > 0 ? 0.05 * span : Math.Max(Math.Abs(high) * 0.05, 0.5);
        return (low - pad, high + pad);
    }

    /// <summary>Writes <c>STEM.png</c>, <c>STEM.svg</c> and <c>STEM.csv</c> into <paramref name="folder"/> and returns their paths in that order.</summary>
    public static IReadOnlyList<string> Save(FigureSpec figure, string folder)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var plot = Draw(figure);
        var (png, svg, csv) = (Path.Combine(folder, figure.FileStem + ".png"), Path.Combine(folder, figure.FileStem + ".svg"), Path.Combine(folder, figure.FileStem + ".csv"));
        AtomicFile.WriteAllBytes(png, plot.GetImageBytes(WidthOf(figure), Height, ImageFormat.Png));
        AtomicFile.WriteAllText(svg, plot.GetSvgXml(WidthOf(figure), Height));
        AtomicFile.WriteAllText(csv, Csv(figure));
        return [png, svg, csv];
    }

    public static string Csv(FigureSpec figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return CsvFormat.Build(csv =>
        {
            CsvFormat.Row(csv, ["series", "x", "mean", "ci95_half_width", "n"]);
            foreach (var series in figure.Series)
            {
                for (var k = 0; k < series.X.Count; k++)
                {
                    CsvFormat.Row(csv, [
                        series.Name, CsvFormat.Number(series.X[k]), CsvFormat.Number(series.Mean[k]),
                        double.IsFinite(series.HalfWidth[k]) ? CsvFormat.Number(series.HalfWidth[k]) : "",
                        series.Count[k].ToString(CultureInfo.InvariantCulture),
                    ]);
                }
            }
        });
    }
}
