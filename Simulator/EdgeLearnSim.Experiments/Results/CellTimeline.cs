using EdgeLearnSim.Core.Simulation.Results;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>The timeline of one run of the representative cell (<see cref="Cells.CellPlan.RepresentativeIndex"/>): which cell, which scheduler.</summary>
public sealed record CellTimeline(string CellId, string Scheduler, SimulationTimeline Timeline)
{
    /// <summary>The run's Gantt chart (<see cref="GanttBars"/>); empty when not recorded.</summary>
    public IReadOnlyList<GanttBar> Bars { get; init; } = [];

    /// <summary>The timeline and Gantt bars of <paramref name="run"/>, which was simulated with timeline samples; null without them.</summary>
    public static CellTimeline? Of(string cellId, string scheduler, Core.Instances.EdgeLearningInstance instance, SimulationResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Timeline is { } timeline ? new CellTimeline(cellId, scheduler, timeline) { Bars = GanttBars.Of(instance, run) } : null;
    }

    /// <summary>Samples per timeline: the run's simulated makespan is cut into this many steps.</summary>
    public const int Steps = 120;
}
