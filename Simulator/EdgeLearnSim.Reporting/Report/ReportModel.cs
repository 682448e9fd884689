using System.Globalization;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Reporting.Report;

/// <summary>
/// Every number report.md states, computed from the run rows alone (so a test can recompute them from runs.csv):
/// reductions versus random with paired intervals, the paper-claim comparison, the lower-bound gaps, and how many
/// runs of the exact solver proved optimality.
/// </summary>
public sealed class ReportModel
{
    private ReportModel(Scenario scenario, IReadOnlyList<RunRow> rows)
    {
        Scenario = scenario;
        Rows = rows;
        Schedulers = rows.Select(r => r.Scheduler).Distinct().ToArray();
        Topologies = rows.Select(r => r.Topology).Distinct().ToArray();
        Reductions = ComputeReductions(scenario, rows);
        Gaps = rows.GroupBy(r => (r.Topology, r.Scheduler))
            .Select(g => new GapEntry(g.Key.Topology, g.Key.Scheduler, g.Average(r => r.GapPercent), g.Max(r => r.GapPercent), g.Count()))
            .ToArray();
        var exact = rows.Where(r => r.Scheduler == "exact").ToArray();
        ExactRuns = exact.Length;
        ExactProvedOptimal = exact.Count(r => r.Exit == nameof(Core.Scheduling.ExitReason.ProvedOptimal));
        OptimumGaps = ComputeOptimumGaps(scenario, rows);
    }

    public Scenario Scenario { get; }

    public IReadOnlyList<RunRow> Rows { get; }

    public IReadOnlyList<string> Schedulers { get; }

    public IReadOnlyList<string> Topologies { get; }

    public IReadOnlyList<ReductionEntry> Reductions { get; }

    public IReadOnlyList<GapEntry> Gaps { get; }

    /// <summary>Gaps to the optimum, over the cells where <c>exact</c> proved optimality: 100·(makespan − OPT)/OPT.</summary>
    public IReadOnlyList<GapEntry> OptimumGaps { get; }

    public int ExactRuns { get; }

    public int ExactProvedOptimal { get; }

    public static ReportModel Build(ScenarioResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new ReportModel(results.Scenario, results.Rows);
    }

    public static ReportModel Build(Scenario scenario, IReadOnlyList<RunRow> rows) => new(scenario, rows);

    /// <summary>The label of a row's sweep point: <c>n=100</c> without a sweep, else <c>path=value</c> pairs.</summary>
    public static string PointLabel(Scenario scenario, RunRow row)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(row);
        if (scenario.Sweep.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"n={row.Tasks}");
        }
        return string.Join(", ", scenario.Sweep.Select((a, k) => (a.Path == "instance.tasks" ? "n" : a.Path) + "=" + row.Parameters[k]));
    }

    /// <summary>Mean reduction range (min, max over sweep points) of a scheduler in a topology, or null without data.</summary>
    public (double Low, double High)? ReductionRange(string topology, string scheduler)
    {
        var entries = Reductions.Where(e => e.Topology == topology && e.Scheduler == scheduler).ToArray();
        return entries.Length == 0 ? null : (entries.Min(e => e.ReductionPercent), entries.Max(e => e.ReductionPercent));
    }

    /// <summary>
    /// Per sweep point of <paramref name="topology"/>, how much lower <paramref name="better"/>'s mean weighted makespan
    /// is than <paramref name="worse"/>'s, in percent of the latter.
    /// </summary>
    public IReadOnlyList<(string Point, double Percent)> Advantage(string topology, string better, string worse)
    {
        var result = new List<(string, double)>();
        foreach (var point in Rows.Where(r => r.Topology == topology).GroupBy(r => PointLabel(Scenario, r)))
        {
            var b = point.Where(r => r.Scheduler == better).ToArray();
            var w = point.Where(r => r.Scheduler == worse).ToArray();
            if (b.Length > 0 && w.Length > 0)
            {
                var worseMean = w.Average(r => r.WeightedMakespan);
                result.Add((point.Key, 100 * (worseMean - b.Average(r => r.WeightedMakespan)) / worseMean));
            }
        }
        return result;
    }

    private static GapEntry[] ComputeOptimumGaps(Scenario scenario, IReadOnlyList<RunRow> rows)
    {
        var optimum = rows.Where(r => r.Scheduler == "exact" && r.Exit == nameof(Core.Scheduling.ExitReason.ProvedOptimal))
            .ToDictionary(r => (r.Topology, Point: PointLabel(scenario, r), r.Replication), r => r.WeightedMakespan);
        return rows.Where(r => optimum.ContainsKey((r.Topology, PointLabel(scenario, r), r.Replication)))
            .Select(r => (Row: r, Gap: 100 * (r.WeightedMakespan - optimum[(r.Topology, PointLabel(scenario, r), r.Replication)]) / optimum[(r.Topology, PointLabel(scenario, r), r.Replication)]))
            .GroupBy(p => (p.Row.Topology, p.Row.Scheduler))
            .Select(g => new GapEntry(g.Key.Topology, g.Key.Scheduler, g.Average(p => p.Gap), g.Max(p => p.Gap), g.Count()))
            .ToArray();
    }

    private static ReductionEntry[] ComputeReductions(Scenario scenario, IReadOnlyList<RunRow> rows)
    {
        var entries = new List<ReductionEntry>();
        foreach (var group in rows.GroupBy(r => (r.Topology, Point: PointLabel(scenario, r))))
        {
            var baseline = group.Where(r => r.Scheduler == scenario.Reference).ToDictionary(r => r.Replication, r => r.WeightedMakespan);
            if (baseline.Count == 0)
            {
                continue;
            }
            var randomMean = baseline.Values.Average();
            foreach (var scheduler in group.Where(r => r.Scheduler != scenario.Reference).GroupBy(r => r.Scheduler))
            {
                var mean = scheduler.Average(r => r.WeightedMakespan);
                var differences = SampleStatistics.Of(scheduler.Where(r => baseline.ContainsKey(r.Replication))
                    .Select(r => r.WeightedMakespan - baseline[r.Replication]).ToArray());
                entries.Add(new ReductionEntry(
                    group.Key.Topology,
                    group.Key.Point,
                    scheduler.First().Tasks,
                    scheduler.Key,
                    randomMean,
                    mean,
                    100 * (randomMean - mean) / randomMean,
                    -100 * differences.CiHigh / randomMean,
                    -100 * differences.CiLow / randomMean,
                    differences.Count));
            }
        }
        return [.. entries];
    }
}
