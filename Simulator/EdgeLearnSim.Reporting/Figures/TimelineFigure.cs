using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// The timeline of the representative cell's run, as figures with one line per edge against simulated time:
/// uplink bandwidth, upload work queued at the edge, and, when some edge goes down, up/down state (edge j drawn at
/// j + 0.8 while up, at j while down).
/// </summary>
public static class TimelineFigure
{
    private static readonly IReadOnlyList<Kind> Kinds =
    [
        new("timeline-bandwidth", "Uplink bandwidth", "Bandwidth (Mbps)", e => e.Mbps, _ => true),
        new("timeline-queue", "Upload work queued at each edge", "Queued upload work (Mbit)", e => e.QueuedMegabits, _ => true),
        new("timeline-outages", "Edges up (raised) and down", "Edge (raised while up)", e => [.. e.Up.Select(up => e.Edge + (up ? 0.8 : 0))],
            t => t.Edges.Any(e => e.Up.Contains(false))),
    ];

    /// <summary>(file stem, what the figure shows) of the timeline figures drawn for <paramref name="timeline"/>.</summary>
    public static IReadOnlyList<(string Stem, string Title)> Drawn(CellTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return [.. Shown(timeline).Select(k => (k.Stem, k.Title))];
    }

    public static IReadOnlyList<FigureSpec> Build(CellTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var t = timeline.Timeline;
        FigureSeries Series(EdgeTimeline edge, IReadOnlyList<double> values) => new(
            $"edge {edge.Edge}", t.Times, values, [.. values.Select(_ => double.NaN)], [.. values.Select(_ => 1)]);
        return [.. Shown(timeline).Select(k => new FigureSpec(
            k.Stem, $"{k.Title}, {timeline.Scheduler}", "Simulated time (s)", k.YLabel, [.. t.Edges.Select(e => Series(e, k.Values(e)))]))];
    }

    private static IEnumerable<Kind> Shown(CellTimeline timeline) => Kinds.Where(k => k.Shown(timeline.Timeline));

    private sealed record Kind(
        string Stem, string Title, string YLabel, Func<EdgeTimeline, IReadOnlyList<double>> Values, Func<SimulationTimeline, bool> Shown);
}
