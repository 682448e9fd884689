using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Results;
using ScottPlot;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// The Gantt chart of the representative cell's run, <c>gantt-&lt;topology&gt;</c>: per edge (at most the 20
/// busiest) one lane per stage, access, compression (one per core where the edge has several) and upload, each
/// task a bar; bars that overlap in time (concurrent transfers, fair-share uploads) are stacked within their lane;
/// outages shade the edge's lanes.
/// </summary>
public static class GanttFigure
{
    public const string Prefix = "gantt";

    private const int Width = 1000;
    private const double LaneGap = 0.6;

    /// <summary>The file stem: <c>gantt-</c> and the topology of the cell (the id's second-to-last part).</summary>
    public static string Stem(CellTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var parts = timeline.CellId.Split('/');
        return $"{Prefix}-{(parts.Length >= 2 ? parts[^2] : "cell")}";
    }

    /// <summary>Each lane, top to bottom: (edge, lane name, y of its lower edge), and each bar's (bar, y low, y high).</summary>
    public static (IReadOnlyList<(int Edge, string Lane, double Y)> Lanes, IReadOnlyList<(GanttBar Bar, double Low, double High)> Boxes) Layout(IReadOnlyList<GanttBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var lanes = new List<(int Edge, string Lane, double Y)>();
        var boxes = new List<(GanttBar, double, double)>();
        var y = 0.0;
        foreach (var edge in bars.Select(b => b.Edge).Distinct().OrderByDescending(e => e))
        {
            var names = bars.Where(b => b.Edge == edge && b.Lane != GanttBars.Down).Select(b => b.Lane).Distinct()
                .OrderByDescending(LaneRank).ThenByDescending(l => l, StringComparer.Ordinal).ToArray();
            var bottom = y;
            foreach (var lane in names)
            {
                var inLane = bars.Where(b => b.Edge == edge && b.Lane == lane).OrderBy(b => b.Start).ThenBy(b => b.Task).ToArray();
                var rows = StackRows(inLane);
                var height = 0.8 / (rows.Max() + 1);
                for (var k = 0; k < inLane.Length; k++)
                {
                    boxes.Add((inLane[k], y + 0.1 + (rows[k] * height), y + 0.1 + ((rows[k] + 1) * height)));
                }
                lanes.Add((edge, lane, y));
                y += 1;
            }
            foreach (var outage in bars.Where(b => b.Edge == edge && b.Lane == GanttBars.Down))
            {
                boxes.Add((outage, bottom, y));
            }
            y += LaneGap;
        }
        return (lanes, boxes);
    }

    /// <summary>Writes <c>STEM.png</c>, <c>STEM.svg</c> and <c>STEM.csv</c> (the bars) into <paramref name="folder"/> and returns their paths in that order.</summary>
    public static IReadOnlyList<string> Save(CellTimeline timeline, string folder)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var stem = Stem(timeline);
        var (lanes, boxes) = Layout(timeline.Bars);
        var plot = new Plot();
        var colours = new Dictionary<string, Color>
        {
            [GanttBars.Access] = Colors.SteelBlue,
            [GanttBars.Upload] = Colors.DarkOrange,
            [GanttBars.Down] = Colors.Gray.WithAlpha(0.35),
        };
        foreach (var (bar, low, high) in boxes)
        {
            var box = plot.Add.Rectangle(bar.Start, bar.End, low, high);
            box.FillColor = colours.TryGetValue(bar.Lane, out var colour) ? colour : Colors.SeaGreen;
            // Outlines only where bars are tall enough to show them; stacked transfers would turn white.
            box.LineWidth = bar.Lane == GanttBars.Down || high - low < 0.3 ? 0 : 0.5f;
            box.LineColor = Colors.White;
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. lanes.Select(l => l.Y + 0.5)], [.. lanes.Select(l => $"edge {l.Edge} {l.Lane}")]);
        plot.Title($"Pipeline Gantt chart, {timeline.Scheduler} (blue access, green compression, orange upload, grey outage)");
        plot.XLabel("Simulated time (s)");
        var end = timeline.Bars.Count == 0 ? 1 : timeline.Bars.Max(b => b.End);
        var top = lanes.Count == 0 ? 1 : lanes[^1].Y + 1;
        plot.Axes.SetLimits(0, end * 1.02, -0.2, top + 0.2);
        var height = Math.Max(400, 110 + (16 * lanes.Count));
        var (png, svg, csv) = (Path.Combine(folder, stem + ".png"), Path.Combine(folder, stem + ".svg"), Path.Combine(folder, stem + ".csv"));
        AtomicFile.WriteAllBytes(png, plot.GetImageBytes(Width, height, ImageFormat.Png));
        AtomicFile.WriteAllText(svg, plot.GetSvgXml(Width, height));
        AtomicFile.WriteAllText(csv, GanttCsv.Write(timeline.Bars));
        return [png, svg, csv];
    }

    // Top to bottom within an edge: access, compression lanes, upload (the layout stacks from the bottom).
    private static int LaneRank(string lane) => lane == GanttBars.Access ? 2 : lane == GanttBars.Upload ? 0 : 1;

    /// <summary>The first sub-row free at each bar's start (bars sorted by start): interval partitioning.</summary>
    private static int[] StackRows(GanttBar[] bars)
    {
        var rowEnds = new List<double>();
        var rows = new int[bars.Length];
        for (var k = 0; k < bars.Length; k++)
        {
            var row = rowEnds.FindIndex(e => e <= bars[k].Start);
            if (row < 0)
            {
                row = rowEnds.Count;
                rowEnds.Add(0);
            }
            rowEnds[row] = bars[k].End;
            rows[k] = row;
        }
        return rows;
    }
}
