using EdgeLearnSim.Core.Simulation.Results;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>The timeline of one run of the representative cell (<see cref="Cells.CellPlan.RepresentativeIndex"/>): which cell, which scheduler.</summary>
public sealed record CellTimeline(string CellId, string Scheduler, SimulationTimeline Timeline)
{
    /// <summary>The run's Gantt chart (<see cref="GanttBars"/>); empty when not recorded.</summary>
    public IReadOnlyList<GanttBar> Bars { get; init; } = [];

    /// <summary>
    /// The timeline and Gantt bars of <paramref name="run"/>, which was simulated with timeline samples; null without
    /// them. Beyond <see cref="GanttBars.MaxEdges"/> edges only the Gantt chart's busiest edges keep their samples: a
    /// line per edge for 10^4 edges is unreadable, and its samples took tens of megabytes to store and draw.
    /// </summary>
    public static CellTimeline? Of(string cellId, string scheduler, Core.Instances.EdgeLearningInstance instance, SimulationResult run)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(run);
        if (run.Timeline is not { } timeline)
        {
            return null;
        }
        if (instance.EdgeCount > GanttBars.MaxEdges)
        {
            var shown = GanttBars.BusiestEdges(instance, run);
            timeline = timeline with { Edges = [.. timeline.Edges.Where(e => shown.Contains(e.Edge))] };
        }
        return new CellTimeline(cellId, scheduler, timeline) { Bars = GanttBars.Of(instance, run) };
    }

    /// <summary>Samples per timeline: the run's simulated makespan is cut into this many steps.</summary>
    public const int Steps = 120;
}
