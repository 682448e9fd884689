using EdgeLearnSim.Core.Simulation.Results;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// The distribution of one run's completion times (upload end − release) kept small enough to store per row: its
/// nearest-rank quantiles at <see cref="Levels"/> (0, 0.05, …, 1; level 0 is the smallest). Averaging these over
/// runs, level by level, gives the completion-time CDF of a scheduler.
/// </summary>
public static class CompletionQuantiles
{
    public static IReadOnlyList<double> Levels { get; } = [.. Enumerable.Range(0, 21).Select(k => k / 20.0)];

    public static IReadOnlyList<double> Of(SimulationResult simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var sorted = simulation.Tasks.Select(t => t.CompletionTime).Order().ToArray();
        if (sorted.Length == 0)
        {
            return [.. Levels.Select(_ => 0.0)];
        }
        return [.. Levels.Select(p => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)])];
    }
}
