using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Output;

/// <summary>
/// <c>runs.csv</c> (deterministic: byte-identical whatever the parallelism) and <c>timings.csv</c> (the same keys
/// plus the scheduler's wall-clock milliseconds and exit reason).
/// </summary>
public static class RunsCsv
{
    /// <summary>The leading columns of runs.csv, in order; <c>param.&lt;path&gt;</c> columns follow.</summary>
    public static IReadOnlyList<string> LeadingColumns { get; } =
    [
        "scenario", "topology", "tasks", "edges", "scheduler", "replication", "seed", "weighted_makespan", "stddev",
        "tasks_on_busiest_edge", "max_tasks_on_edge", "lower_bound", "gap_percent", "simulated_makespan",
        "bytes_to_cloud", "raw_bytes",
    ];

    public static IReadOnlyList<string> KeyColumns { get; } = ["scenario", "topology", "tasks", "edges", "scheduler", "replication", "seed"];

    public static string Runs(IReadOnlyList<SweepAxis> axes, IEnumerable<RunRow> rows) => CsvFormat.Build(csv =>
    {
        CsvFormat.Row(csv, LeadingColumns.Concat(ParameterColumns(axes)));
        foreach (var row in rows)
        {
            CsvFormat.Row(csv, Keys(row).Concat(Measures(row)).Concat(row.Parameters));
        }
    });

    public static string Timings(IReadOnlyList<SweepAxis> axes, IEnumerable<RunRow> rows) => CsvFormat.Build(csv =>
    {
        CsvFormat.Row(csv, KeyColumns.Concat(ParameterColumns(axes)).Concat(["scheduler_ms", "exit"]));
        foreach (var row in rows)
        {
            CsvFormat.Row(csv, Keys(row).Concat(row.Parameters).Concat([CsvFormat.Number(row.SchedulerMilliseconds), row.Exit]));
        }
    });

    public static IEnumerable<string> ParameterColumns(IReadOnlyList<SweepAxis> axes) => axes.Select(a => "param." + a.Path);

    internal static IEnumerable<string> Keys(RunRow row) =>
    [
        row.Scenario, row.Topology, CsvFormat.Number(row.Tasks), CsvFormat.Number(row.Edges), row.Scheduler,
        CsvFormat.Number(row.Replication), CsvFormat.Number(row.Seed),
    ];

    internal static IEnumerable<string> Measures(RunRow row) =>
    [
        CsvFormat.Number(row.WeightedMakespan), CsvFormat.Number(row.StdDev), CsvFormat.Number(row.TasksOnBusiestEdge),
        CsvFormat.Number(row.MaxTasksOnEdge), CsvFormat.Number(row.LowerBound), CsvFormat.Number(row.GapPercent),
        CsvFormat.Number(row.SimulatedMakespan), CsvFormat.Number(row.BytesToCloud), CsvFormat.Number(row.RawBytes),
    ];
}
