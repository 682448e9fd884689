using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Output;

/// <summary><c>summary.csv</c>: one row per (group, metric); empty fields where a value is undefined (n = 1, no random baseline).</summary>
public static class SummaryCsv
{
    public static string Write(IReadOnlyList<SweepAxis> axes, IEnumerable<SummaryRow> rows) => CsvFormat.Build(csv =>
    {
        CsvFormat.Row(csv, [
            "scenario", "topology", "tasks", "edges", "scheduler", .. RunsCsv.ParameterColumns(axes), "metric", "n", "mean", "sd",
            "ci95_low", "ci95_high", "diff_vs_random_mean", "diff_vs_random_ci95_low", "diff_vs_random_ci95_high",
            "reduction_vs_random_percent",
        ]);
        foreach (var row in rows)
        {
            var s = row.Statistics;
            var d = row.DifferenceVsRandom;
            CsvFormat.Row(csv, [
                row.Scenario, row.Topology, CsvFormat.Number(row.Tasks), CsvFormat.Number(row.Edges), row.Scheduler,
                .. row.Parameters, row.Metric, CsvFormat.Number(s.Count), Field(s.Mean), Field(s.StdDev), Field(s.CiLow),
                Field(s.CiHigh), Field(d?.Mean), Field(d?.CiLow), Field(d?.CiHigh), Field(row.ReductionVsRandomPercent),
            ]);
        }
    });

    private static string Field(double? value) => value is { } v && double.IsFinite(v) ? CsvFormat.Number(v) : "";
}
