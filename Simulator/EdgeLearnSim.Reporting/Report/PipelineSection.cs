using System.Globalization;
using System.Text;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Reporting.Report;

/// <summary>
/// The report's section for scenarios with pipeline parameters (docs/pipeline.md): per topology and sweep point,
/// each scheduler's end-to-end (simulated) makespan against the cell's pipeline bound, its stage means, and its energy
/// per device and per edge; then pipeline-search against local-search, paired by cell. Every number comes from runs.csv.
/// </summary>
public static class PipelineSection
{
    private const string LocalSearch = "local-search";

    public static void Write(StringBuilder text, ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Scenario.HasPipelineParameters)
        {
            return;
        }
        Line(text, "## The whole pipeline: end-to-end makespan, bound and energy");
        Line(text);
        Line(text, "Per sweep point, the mean over replications (95% interval) of the simulated end-to-end makespan, its gap to the cell's certified pipeline bound "
            + "(`pipeline_lower_bound`: no schedule can finish earlier), the mean time per task in each stage (access, compression, upload; they sum to the "
            + "mean completion time) and the energy per device and per edge (`energy_device_joules`/n, (`energy_edge_joules` + `energy_uplink_joules`)/m).");
        Line(text);
        foreach (var topology in model.Topologies)
        {
            var rows = model.Rows.Where(r => r.Topology == topology).ToArray();
            foreach (var point in rows.GroupBy(r => ReportModel.PointLabel(model.Scenario, r.Tasks, r.Parameters)))
            {
                Line(text, $"### {topology}, {point.Key}");
                Line(text);
                Line(text, "| scheduler | end-to-end makespan (s) | gap to pipeline bound (%) | access / compression / upload per task (s) | energy per device (J) | energy per edge (J) |");
                Line(text, "|---|---|---|---|---|---|");
                foreach (var scheduler in model.Schedulers)
                {
                    var runs = point.Where(r => r.Scheduler == scheduler).ToArray();
                    if (runs.Length == 0)
                    {
                        continue;
                    }
                    var makespan = SampleStatistics.Of([.. runs.Select(r => r.Number(RunColumns.SimulatedMakespan))]);
                    var gaps = runs.Select(r => r.Number(RunColumns.PipelineGapPercent)).Where(double.IsFinite).ToArray();
                    var device = runs.Average(r => r.Number(RunColumns.EnergyDevice) / r.Tasks);
                    var edge = runs.Average(r => (r.Number(RunColumns.EnergyEdge) + r.Number(RunColumns.EnergyUplink)) / r.Edges);
                    var gap = gaps.Length == 0 ? "–" : Invariant($"{gaps.Average():F1}");
                    var stages = Invariant($"{runs.Average(r => r.Number(RunColumns.AccessMean)):F1} / {runs.Average(r => r.Number(RunColumns.CompressionMean)):F1} / {runs.Average(r => r.Number(RunColumns.UploadMean)):F2}");
                    Line(text, Invariant($"| {scheduler} | {Interval(makespan)} | {gap} | {stages} | {device:F0} | {edge:F0} |"));
                }
                Line(text);
                if (Paired(point, PipelineSearchScheduler.SchedulerName, LocalSearch) is { } difference)
                {
                    var verdict = difference.CiHigh < 0 ? "shorter; the interval excludes 0" : difference.CiLow > 0 ? "longer; the interval excludes 0" : "the interval includes 0";
                    Line(text, Invariant($"pipeline-search − local-search, paired by cell: {difference.Mean:F1} s ({difference.CiLow:F1} to {difference.CiHigh:F1}; {verdict}), n = {difference.Count}."));
                    Line(text);
                }
            }
        }
    }

    /// <summary>The paired difference first − second of the simulated makespan over the cells where both ran.</summary>
    private static SampleStatistics? Paired(IEnumerable<RunRow> point, string first, string second)
    {
        var byCell = point.GroupBy(r => r.Replication).Select(cell => (
            First: cell.FirstOrDefault(r => r.Scheduler == first), Second: cell.FirstOrDefault(r => r.Scheduler == second)))
            .Where(p => p.First is not null && p.Second is not null)
            .Select(p => p.First!.Number(RunColumns.SimulatedMakespan) - p.Second!.Number(RunColumns.SimulatedMakespan)).ToArray();
        return byCell.Length < 2 ? null : SampleStatistics.Of(byCell);
    }

    private static string Interval(SampleStatistics s) => Invariant($"{s.Mean:F0} ({s.CiLow:F0}–{s.CiHigh:F0})");

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
