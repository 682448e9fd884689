namespace EdgeLearnSim.Core.Simulation.Results;

/// <summary>
/// Samples of every edge's state at fixed simulated times 0, Δ, 2Δ, … up to the run's end
/// (<see cref="SimulationSettings.TimelineStepSeconds"/>): what a timeline figure of one run draws.
/// </summary>
public sealed record SimulationTimeline(IReadOnlyList<double> Times, IReadOnlyList<EdgeTimeline> Edges);
