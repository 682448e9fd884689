namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// One scheduler's outcome on one cell: <see cref="Values"/> holds the typed value of every column of
/// <see cref="RunColumns.All"/> (same order), <see cref="Parameters"/> the value of each swept parameter in sweep-axis
/// order, <see cref="Timing"/> what goes to <c>timings.csv</c>, and <see cref="CompletionQuantiles"/> the run's
/// completion-time quantiles at <see cref="Results.CompletionQuantiles.Levels"/> (kept in the cell store for the
/// report's CDF, not in runs.csv). A row read back from the cell store holds the values computed, so it writes the
/// same bytes.
/// </summary>
public sealed record RunRow(IReadOnlyList<RunValue> Values, IReadOnlyList<string> Parameters, RunTiming Timing, IReadOnlyList<double> CompletionQuantiles)
{
    private static readonly Dictionary<RunColumn, int> Ordinals =
        RunColumns.All.Select((c, k) => (c, k)).ToDictionary(p => p.c, p => p.k);

    /// <summary>The value of <paramref name="column"/>.</summary>
    public RunValue Value(RunColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Values[Ordinals[column]];
    }

    /// <summary>The value of a numeric <paramref name="column"/> as a double (NaN when a real is absent).</summary>
    public double Number(RunColumn column) => Value(column).Number;

    public string Scenario => Value(RunColumns.Scenario).Text;

    public string Topology => Value(RunColumns.Topology).Text;

    public int Tasks => (int)Value(RunColumns.Tasks).Whole;

    public int Edges => (int)Value(RunColumns.Edges).Whole;

    public string Scheduler => Value(RunColumns.Scheduler).Text;

    public int Replication => (int)Value(RunColumns.Replication).Whole;

    public double WeightedMakespan => Number(RunColumns.WeightedMakespan);

    public double GapPercent => Number(RunColumns.GapPercent);

    public double SimulatedMakespan => Number(RunColumns.SimulatedMakespan);

    public bool ProvenOptimal => Value(RunColumns.ProvenOptimal).Flag;

    public string Exit => Timing.Exit;
}
