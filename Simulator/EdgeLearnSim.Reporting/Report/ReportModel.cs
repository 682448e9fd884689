using System.Globalization;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Reporting.Figures;

namespace EdgeLearnSim.Reporting.Report;

/// <summary>
/// Every number report.md states, computed before anything is written, from the summary (reductions versus the
/// reference, effects of each swept parameter, gaps) and, where the summary does not hold them, from the rows
/// (worst gaps, proven-optimal counts, scheduler times); the renderer only formats them.
/// </summary>
public sealed class ReportModel
{
    private ReportModel(ScenarioResults results)
    {
        Scenario = results.Scenario;
        Timeline = results.Timeline;
        Failures = results.Failures;
        Summary = results.Summary;
        Rows = results.Rows;
        Figures = [.. results.Written.OfType<WrittenFigure>()];
        Schedulers = [.. results.Rows.Select(r => r.Scheduler).Distinct()];
        Topologies = [.. results.Rows.Select(r => r.Topology).Distinct()];
        Reductions = ComputeReductions(results);
        Effects = ComputeEffects(results);
        Gaps = [.. Summary.Where(r => r.Metric == RunColumns.GapPercent.Name).GroupBy(r => (r.Topology, r.Scheduler)).Select(g => new GapEntry(
            g.Key.Topology,
            g.Key.Scheduler,
            g.Sum(r => r.Statistics.Mean * r.Statistics.Count) / g.Sum(r => r.Statistics.Count),
            results.Rows.Where(r => r.Topology == g.Key.Topology && r.Scheduler == g.Key.Scheduler).Max(r => r.GapPercent),
            g.Sum(r => r.Statistics.Count)))];
        ProvenOptimal = Schedulers.ToDictionary(
            s => s,
            s => (results.Rows.Count(r => r.Scheduler == s && r.ProvenOptimal), results.Rows.Count(r => r.Scheduler == s)),
            StringComparer.Ordinal);
        var exactLabels = LabelsOf(ExactScheduler);
        var exact = results.Rows.Where(r => exactLabels.Contains(r.Scheduler)).ToArray();
        ExactRuns = exact.Length;
        ExactProvedOptimal = exact.Count(r => r.Exit == nameof(Core.Scheduling.ExitReason.ProvedOptimal));
        WallClockCuts = results.Rows.Count(r => r.Exit == nameof(Core.Scheduling.ExitReason.WallClockLimit));
        OptimumGaps = ComputeOptimumGaps(results, exactLabels);
        CertifiedGaps = results.Scenario.Bounds is null ? [] : CertifiedGapsBy(results, r => (r.Topology, PointLabel(results.Scenario, r.Tasks, r.Parameters)));
        CertifiedGapTotals = results.Scenario.Bounds is null ? [] : CertifiedGapsBy(results, _ => ("all", "all"));
        var offline = Scenario.Schedulers.Select(s => s.Label).ToHashSet(StringComparer.Ordinal);
        Runtimes = [.. results.Rows.Where(r => offline.Contains(r.Scheduler)).GroupBy(r => (r.Scheduler, r.Tasks))
            .Select(g => new RuntimeEntry(g.Key.Scheduler, g.Key.Tasks, g.Average(r => r.Timing.SchedulerMilliseconds), g.Count()))];
        Speed = Scenario.CompareWith == "paper" && LabelOf(PaperClaim.ClaimedFaster) is { } faster && LabelOf(PaperClaim.ClaimedSlower) is { } slower
            ? CompareSpeed(results, faster, slower)
            : null;
    }

    /// <summary>The registered name of the scheduler whose proofs of optimality give the optimum gaps.</summary>
    public const string ExactScheduler = "exact";

    public Scenario Scenario { get; }

    public IReadOnlyList<SummaryRow> Summary { get; }

    /// <summary>The representative cell's stored timeline, or null.</summary>
    public CellTimeline? Timeline { get; }

    public IReadOnlyList<RunRow> Rows { get; }

    /// <summary>Every run that failed and every cell that failed whole or never ran (as failures.csv lists them).</summary>
    public IReadOnlyList<CellFailure> Failures { get; }

    /// <summary>The images the writers before the report wrote, in the order written.</summary>
    public IReadOnlyList<WrittenFigure> Figures { get; }

    public IReadOnlyList<string> Schedulers { get; }

    public IReadOnlyList<string> Topologies { get; }

    /// <summary>Weighted-makespan reductions versus the reference, per point (empty when the scenario does not run it).</summary>
    public IReadOnlyList<ReductionEntry> Reductions { get; }

    /// <summary>Paired changes from the sweep's first point (empty unless the scenario pairs its points).</summary>
    public IReadOnlyList<PointEffect> Effects { get; }

    public IReadOnlyList<GapEntry> Gaps { get; }

    /// <summary>Per scheduler, the runs whose weighted makespan met the cell's bound, and all its runs.</summary>
    public IReadOnlyDictionary<string, (int Proven, int Runs)> ProvenOptimal { get; }

    /// <summary>Gaps to the optimum, over the cells where <c>exact</c> proved optimality: 100·(makespan − OPT)/OPT.</summary>
    public IReadOnlyList<GapEntry> OptimumGaps { get; }

    /// <summary>Gaps against a run's <c>gap_percent</c> at or below this count as certified close to optimal (the per-size table).</summary>
    public const double CertifiedGapThresholdPercent = 0.1;

    /// <summary>
    /// Per topology, sweep point and scheduler, the distribution of certified gaps; computed only for scenarios that
    /// name their <c>bounds:</c> (certification studies), empty otherwise.
    /// </summary>
    public IReadOnlyList<CertifiedGapEntry> CertifiedGaps { get; }

    /// <summary>The same distribution over all of a scheduler's runs (topology and point <c>all</c>).</summary>
    public IReadOnlyList<CertifiedGapEntry> CertifiedGapTotals { get; }

    public int ExactRuns { get; }

    public int ExactProvedOptimal { get; }

    /// <summary>Runs cut by a wall-clock safety net: their rows may differ on another machine.</summary>
    public int WallClockCuts { get; }

    public IReadOnlyList<RuntimeEntry> Runtimes { get; }

    /// <summary>The paper's speed claim tested on this run's wall-clock times (machine-dependent); null unless the scenario compares with the paper and runs both schedulers.</summary>
    public SpeedComparison? Speed { get; }

    /// <summary>The headline metrics: reported for every swept parameter; the simulated ones only for dynamic scenarios.</summary>
    public IReadOnlyList<RunColumn> Headline => Scenario.IsDynamic
        ? [RunColumns.WeightedMakespan, RunColumns.GapPercent, RunColumns.SimulatedMakespan, RunColumns.CompletionMean, RunColumns.CompletionP95, RunColumns.UtilisationMean, RunColumns.Redispatches]
        : [RunColumns.WeightedMakespan, RunColumns.GapPercent, RunColumns.SimulatedMakespan];

    public static ReportModel Build(ScenarioResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new ReportModel(results);
    }

    /// <summary>The label of a sweep point: <c>n=100</c> without a sweep, else <c>path=value</c> pairs (<c>n</c> for instance.tasks).</summary>
    public static string PointLabel(Scenario scenario, int tasks, IReadOnlyList<string> parameters)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(parameters);
        if (scenario.Sweep.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"n={tasks}");
        }
        return string.Join(", ", scenario.Sweep.Select((a, k) => (a.Path == "instance.tasks" ? "n" : a.Path) + "=" + parameters[k]));
    }

    /// <summary>
    /// The label (the key of its rows) of the scenario's first scheduler registered as <paramref name="name"/>, or null
    /// when the scenario does not run it: a relabelled scheduler keeps its place in the report.
    /// </summary>
    public string? LabelOf(string name) => Scenario.Schedulers.FirstOrDefault(s => s.Name == name)?.Label;

    /// <summary>The labels of every scheduler of the scenario registered as <paramref name="name"/>.</summary>
    public IReadOnlySet<string> LabelsOf(string name) => Scenario.Schedulers.Where(s => s.Name == name).Select(s => s.Label).ToHashSet(StringComparer.Ordinal);

    /// <summary>The figures linked in <paramref name="section"/> (only those of <paramref name="topology"/> when given), in the order written.</summary>
    public IEnumerable<WrittenFigure> FiguresIn(FigureSection section, string? topology = null) =>
        Figures.Where(f => f.Section == section && (topology is null || f.Topology == topology));

    /// <summary>Mean reduction range (min, max over sweep points) of a scheduler in a topology, or null without data.</summary>
    public (double Low, double High)? ReductionRange(string topology, string scheduler)
    {
        var entries = Reductions.Where(e => e.Topology == topology && e.Scheduler == scheduler).ToArray();
        return entries.Length == 0 ? null : (entries.Min(e => e.ReductionPercent), entries.Max(e => e.ReductionPercent));
    }

    /// <summary>The summary row of a metric for a scheduler at a point, or null.</summary>
    public SummaryRow? Find(string topology, string scheduler, string metric, IReadOnlyList<string> parameters) =>
        Summary.FirstOrDefault(r => r.Topology == topology && r.Scheduler == scheduler && r.Metric == metric && r.Parameters.SequenceEqual(parameters));

    /// <summary>
    /// Per sweep point of <paramref name="topology"/>, how much lower the mean weighted makespan of the scheduler
    /// registered as <paramref name="better"/> is than that of <paramref name="worse"/>, in percent of the latter (from
    /// the summary means); empty when the scenario does not run both.
    /// </summary>
    public IReadOnlyList<(string Point, double Percent)> Advantage(string topology, string better, string worse)
    {
        var result = new List<(string, double)>();
        if (LabelOf(better) is not { } betterLabel || LabelOf(worse) is not { } worseLabel)
        {
            return result;
        }
        foreach (var point in Scenario.Points)
        {
            var b = Summary.FirstOrDefault(r => r.Topology == topology && r.Scheduler == betterLabel && r.Metric == RunColumns.WeightedMakespan.Name && r.Parameters.SequenceEqual(point.Values));
            var w = Summary.FirstOrDefault(r => r.Topology == topology && r.Scheduler == worseLabel && r.Metric == RunColumns.WeightedMakespan.Name && r.Parameters.SequenceEqual(point.Values));
            if (b is not null && w is not null)
            {
                result.Add((PointLabel(Scenario, b.Tasks, b.Parameters), 100 * (w.Statistics.Mean - b.Statistics.Mean) / w.Statistics.Mean));
            }
        }
        return result;
    }

    private static ReductionEntry[] ComputeReductions(ScenarioResults results)
    {
        var scenario = results.Scenario;
        var metric = RunColumns.WeightedMakespan.Name;
        var reference = results.Summary.Where(r => r.Metric == metric && r.Scheduler == scenario.Reference)
            .ToDictionary(r => (r.Topology, string.Join('\u001f', r.Parameters)), r => r.Statistics.Mean);
        return [.. results.Summary.Where(r => r.Metric == metric && r.Scheduler != scenario.Reference && r.DifferenceVsReference is not null).Select(r =>
        {
            var referenceMean = reference[(r.Topology, string.Join('\u001f', r.Parameters))];
            var d = r.DifferenceVsReference!;
            return new ReductionEntry(
                r.Topology, PointLabel(scenario, r.Tasks, r.Parameters), r.Scheduler, referenceMean, r.Statistics.Mean,
                r.ReductionVsReferencePercent ?? double.NaN, -100 * d.CiHigh / referenceMean, -100 * d.CiLow / referenceMean, d.Count);
        })];
    }

    private static SpeedComparison? CompareSpeed(ScenarioResults results, string scheduler, string baseline)
    {
        var scenario = results.Scenario;
        // A cell is its (topology, sweep point, replication); a time of 0 ms (below the timer's resolution) has no ratio.
        var pairs = results.Rows.Where(r => (r.Scheduler == scheduler || r.Scheduler == baseline) && r.Timing.SchedulerMilliseconds > 0)
            .GroupBy(r => (r.Topology, Point: PointLabel(scenario, r.Tasks, r.Parameters), r.Replication))
            .Where(cell => cell.Any(r => r.Scheduler == scheduler) && cell.Any(r => r.Scheduler == baseline))
            .Select(cell => (cell.Key.Point, Ratio: cell.First(r => r.Scheduler == scheduler).Timing.SchedulerMilliseconds / cell.First(r => r.Scheduler == baseline).Timing.SchedulerMilliseconds))
            .ToArray();
        if (pairs.Length == 0)
        {
            return null;
        }
        var byPoint = pairs.GroupBy(p => p.Point).Select(g => TimeRatio.Of(g.Key, [.. g.Select(p => p.Ratio)])).ToArray();
        return new SpeedComparison(scheduler, baseline, TimeRatio.Of("all", [.. pairs.Select(p => p.Ratio)]), byPoint);
    }

    private static PointEffect[] ComputeEffects(ScenarioResults results)
    {
        var scenario = results.Scenario;
        var effects = new List<PointEffect>();
        foreach (var row in results.Summary.Where(r => r.DifferenceVsFirstPoint is not null))
        {
            var first = Summarizer.FirstPoint(scenario, row.Parameters)!;
            if (first.SequenceEqual(row.Parameters))
            {
                continue;
            }
            var firstRow = results.Summary.First(r => r.Topology == row.Topology && r.Scheduler == row.Scheduler && r.Metric == row.Metric && r.Parameters.SequenceEqual(first));
            var d = row.DifferenceVsFirstPoint!;
            effects.Add(new PointEffect(
                row.Topology, row.Scheduler, row.Metric, PointLabel(scenario, row.Tasks, row.Parameters), firstRow.Statistics.Mean, row.Statistics.Mean,
                d.Mean, d.CiLow, d.CiHigh, firstRow.Statistics.Mean == 0 ? double.NaN : 100 * d.Mean / firstRow.Statistics.Mean));
        }
        return [.. effects];
    }

    private static CertifiedGapEntry[] CertifiedGapsBy(ScenarioResults results, Func<RunRow, (string Topology, string Point)> where) =>
        [.. results.Rows
            .GroupBy(r => (Where: where(r), r.Scheduler))
            .Select(g =>
            {
                var gaps = g.Select(r => r.GapPercent).Order().ToArray();
                double Rank(double q) => gaps[Math.Max(0, (int)Math.Ceiling(q * gaps.Length) - 1)];
                return new CertifiedGapEntry(
                    g.Key.Where.Topology, g.Key.Where.Point, g.Key.Scheduler, gaps.Length,
                    g.Count(r => r.ProvenOptimal),
                    Rank(0.5), Rank(0.95), gaps[^1], gaps.Count(x => x <= CertifiedGapThresholdPercent));
            })];

    private static GapEntry[] ComputeOptimumGaps(ScenarioResults results, IReadOnlySet<string> exactLabels)
    {
        var scenario = results.Scenario;
        string Key(RunRow r) => $"{r.Topology}/{PointLabel(scenario, r.Tasks, r.Parameters)}/{r.Replication}";
        var optimum = results.Rows.Where(r => exactLabels.Contains(r.Scheduler) && r.Exit == nameof(Core.Scheduling.ExitReason.ProvedOptimal))
            .ToDictionary(Key, r => r.WeightedMakespan, StringComparer.Ordinal);
        return [.. results.Rows.Where(r => optimum.ContainsKey(Key(r)))
            .Select(r => (Row: r, Gap: Core.Metrics.Gap.Percent(r.WeightedMakespan, optimum[Key(r)])))
            .GroupBy(p => (p.Row.Topology, p.Row.Scheduler))
            .Select(g => new GapEntry(g.Key.Topology, g.Key.Scheduler, g.Average(p => p.Gap), g.Max(p => p.Gap), g.Count()))];
    }
}
