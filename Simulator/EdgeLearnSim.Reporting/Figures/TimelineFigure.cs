using EdgeLearnSim.Core.Simulation.Results;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// The timeline of the representative cell's run, as three figures with one line per edge against simulated time:
/// uplink bandwidth, upload work queued at the edge, and up/down state (edge j drawn at j + 0.8 while up, at j while down).
/// </summary>
public static class TimelineFigure
{
    /// <summary>(file stem, what the figure shows) of the three timeline figures.</summary>
    public static IReadOnlyList<(string Stem, string Title)> Kinds { get; } =
    [
        ("timeline-bandwidth", "Uplink bandwidth"),
        ("timeline-queue", "Upload work queued at each edge"),
        ("timeline-outages", "Edges up (raised) and down"),
    ];

    public static IReadOnlyList<FigureSpec> Build(CellTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var t = timeline.Timeline;
        var suffix = $", {timeline.Scheduler}";
        FigureSeries Series(EdgeTimeline edge, IReadOnlyList<double> values) => new(
            $"edge {edge.Edge}", t.Times, values, [.. values.Select(_ => double.NaN)], [.. values.Select(_ => 1)]);
        return
        [
            new(Kinds[0].Stem, Kinds[0].Title + suffix, "Simulated time (s)", "Bandwidth (Mbps)", [.. t.Edges.Select(e => Series(e, e.Mbps))]),
            new(Kinds[1].Stem, Kinds[1].Title + suffix, "Simulated time (s)", "Queued upload work (Mbit)", [.. t.Edges.Select(e => Series(e, e.QueuedMegabits))]),
            new(Kinds[2].Stem, Kinds[2].Title + suffix, "Simulated time (s)", "Edge (raised while up)", [.. t.Edges.Select(e => Series(e, [.. e.Up.Select(up => e.Edge + (up ? 0.8 : 0))]))]),
        ];
    }
}
