using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Output;

/// <summary>
/// <c>summary.csv</c>: one row per (group, summarised column); empty fields where a value is undefined (n = 1, no
/// reference scheduler, no sweep, no complete pair). <c>reference</c> names the scheduler the <c>diff_vs_reference</c> fields
/// are paired with.
/// </summary>
public static class SummaryCsv
{
    public static string Write(Scenario scenario, IEnumerable<SummaryRow> rows) => CsvFormat.Build(csv =>
    {
        ArgumentNullException.ThrowIfNull(scenario);
        CsvFormat.Row(csv, [
            "scenario", "topology", "tasks", "edges", "scheduler", .. RunsCsv.ParameterColumns(scenario.Sweep), "metric", "n", "mean", "sd",
            "ci95_low", "ci95_high", "reference", "diff_vs_reference_mean", "diff_vs_reference_ci95_low", "diff_vs_reference_ci95_high",
            "reduction_vs_reference_percent", "diff_vs_first_point_mean", "diff_vs_first_point_ci95_low", "diff_vs_first_point_ci95_high",
        ]);
        foreach (var row in rows)
        {
            var s = row.Statistics;
            var d = row.DifferenceVsReference;
            var f = row.DifferenceVsFirstPoint;
            CsvFormat.Row(csv, [
                row.Scenario, row.Topology, CsvFormat.Number(row.Tasks), CsvFormat.Number(row.Edges), row.Scheduler,
                .. row.Parameters, row.Metric, CsvFormat.Number(s.Count), Field(s.Mean), Field(s.StdDev), Field(s.CiLow),
                Field(s.CiHigh), d is null ? "" : scenario.Reference, Field(d?.Mean), Field(d?.CiLow), Field(d?.CiHigh),
                Field(row.ReductionVsReferencePercent), Field(f?.Mean), Field(f?.CiLow), Field(f?.CiHigh),
            ]);
        }
    });

    private static string Field(double? value) => value is { } v && double.IsFinite(v) ? CsvFormat.Number(v) : "";
}
