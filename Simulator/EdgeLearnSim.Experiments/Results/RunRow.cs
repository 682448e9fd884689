using System.Globalization;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// One scheduler's outcome on one cell: <see cref="Values"/> holds the canonical text of every column of
/// <see cref="RunColumns.All"/> (same order), <see cref="Parameters"/> the value of each swept parameter in sweep-axis
/// order, <see cref="Timing"/> what goes to <c>timings.csv</c>, and <see cref="CompletionQuantiles"/> the run's
/// completion-time quantiles at <see cref="Results.CompletionQuantiles.Levels"/> (kept in the cell store for the
/// report's CDF, not in runs.csv). Values are kept as the text written, so a row read
/// back from the cell store writes the same bytes as the one computed.
/// </summary>
public sealed record RunRow(IReadOnlyList<string> Values, IReadOnlyList<string> Parameters, RunTiming Timing, IReadOnlyList<double> CompletionQuantiles)
{
    private static readonly Dictionary<RunColumn, int> Ordinals =
        RunColumns.All.Select((c, k) => (c, k)).ToDictionary(p => p.c, p => p.k);

    /// <summary>The text of <paramref name="column"/>.</summary>
    public string Text(RunColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Values[Ordinals[column]];
    }

    /// <summary>The value of a numeric <paramref name="column"/> (NaN when a real column is empty).</summary>
    public double Number(RunColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.Number(Text(column));
    }

    public string Scenario => Text(RunColumns.Scenario);

    public string Topology => Text(RunColumns.Topology);

    public int Tasks => int.Parse(Text(RunColumns.Tasks), CultureInfo.InvariantCulture);

    public int Edges => int.Parse(Text(RunColumns.Edges), CultureInfo.InvariantCulture);

    public string Scheduler => Text(RunColumns.Scheduler);

    public int Replication => int.Parse(Text(RunColumns.Replication), CultureInfo.InvariantCulture);

    public double WeightedMakespan => Number(RunColumns.WeightedMakespan);

    public double GapPercent => Number(RunColumns.GapPercent);

    public double SimulatedMakespan => Number(RunColumns.SimulatedMakespan);

    public string Exit => Timing.Exit;
}
