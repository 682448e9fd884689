using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// The timeline of the representative cell's run: each edge's uplink bandwidth against simulated time (a line per
/// edge, the Gantt chart's busiest edges where there are more), and its Gantt chart (<see cref="GanttFigure"/>: every stage's tasks and the outages).
/// </summary>
public static class TimelineFigure
{
    private static readonly IReadOnlyList<Kind> Kinds =
    [
        new("timeline-bandwidth", "Uplink bandwidth", "Bandwidth (Mbps)", e => e.Mbps, _ => true),
    ];

    public static IReadOnlyList<FigureSpec> Build(CellTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var t = timeline.Timeline;
        FigureSeries Series(EdgeTimeline edge, IReadOnlyList<double> values) => new(
            $"edge {edge.Edge}", t.Times, values, [.. values.Select(_ => double.NaN)], [.. values.Select(_ => 1)]);
        return [.. Shown(timeline).Select(k => new FigureSpec(
            k.Stem, $"{k.Title}, {timeline.Scheduler}", "Simulated time (s)", k.YLabel, [.. t.Edges.Select(e => Series(e, k.Values(e)))])
        {
            Caption = k.Title,
        })];
    }

    private static IEnumerable<Kind> Shown(CellTimeline timeline) => Kinds.Where(k => k.Shown(timeline.Timeline));

    private sealed record Kind(
        string Stem, string Title, string YLabel, Func<EdgeTimeline, IReadOnlyList<double>> Values, Func<SimulationTimeline, bool> Shown);
}
