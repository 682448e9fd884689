using EdgeLearnSim.Core.Simulation.Results;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>The timeline of one run of the representative cell (<see cref="Cells.CellPlan.RepresentativeIndex"/>): which cell, which scheduler.</summary>
public sealed record CellTimeline(string CellId, string Scheduler, SimulationTimeline Timeline)
{
    /// <summary>Samples per timeline: the run's simulated makespan is cut into this many steps.</summary>
    public const int Steps = 120;
}
