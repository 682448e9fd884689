using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Output;

/// <summary>
/// <c>runs.csv</c> (deterministic: byte-identical whatever the parallelism), walking <see cref="RunColumns"/>, and
/// <c>timings.csv</c> (the key columns, the parameters, then the scheduler's wall-clock milliseconds, exit reason and
/// iterations).
/// </summary>
public static class RunsCsv
{
    /// <summary>The timing columns of timings.csv, after the keys and parameters.</summary>
    public static IReadOnlyList<string> TimingColumns { get; } = ["scheduler_ms", "exit", "iterations"];

    /// <summary>The header of runs.csv for a sweep over <paramref name="axes"/>.</summary>
    public static IReadOnlyList<string> Header(IReadOnlyList<SweepAxis> axes) =>
        WithParameters(RunColumns.All.Select(c => c.Name).ToArray(), ParameterColumns(axes).ToArray());

    public static string Runs(IReadOnlyList<SweepAxis> axes, IEnumerable<RunRow> rows) => CsvFormat.Build(csv =>
    {
        CsvFormat.Row(csv, Header(axes));
        foreach (var row in rows)
        {
            CsvFormat.Row(csv, WithParameters(Fields(row), row.Parameters));
        }
    });

    public static string Timings(IReadOnlyList<SweepAxis> axes, IEnumerable<RunRow> rows) => CsvFormat.Build(csv =>
    {
        CsvFormat.Row(csv, [.. RunColumns.Keys.Select(c => c.Name), .. ParameterColumns(axes), .. TimingColumns]);
        foreach (var row in rows)
        {
            CsvFormat.Row(csv, [.. RunColumns.Keys.Select(c => c.Format(row.Value(c))), .. row.Parameters, .. Timing(row.Timing)]);
        }
    });

    public static IEnumerable<string> ParameterColumns(IReadOnlyList<SweepAxis> axes) => axes.Select(a => "param." + a.Path);

    /// <summary>The text of every column of <paramref name="row"/>, in <see cref="RunColumns.All"/> order.</summary>
    public static IReadOnlyList<string> Fields(RunRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return [.. RunColumns.All.Select((column, k) => column.Format(row.Values[k]))];
    }

    /// <summary>The timing fields in <see cref="TimingColumns"/> order.</summary>
    public static IReadOnlyList<string> Timing(RunTiming timing)
    {
        ArgumentNullException.ThrowIfNull(timing);
        return [CsvFormat.Number(timing.SchedulerMilliseconds), timing.Exit, CsvFormat.Number(timing.Iterations)];
    }

    private static string[] WithParameters(IReadOnlyList<string> values, IReadOnlyList<string> parameters) =>
        [.. values.Take(RunColumns.ParameterPosition), .. parameters, .. values.Skip(RunColumns.ParameterPosition)];
}
