using System.Globalization;
using System.Text;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Reporting.Figures;

namespace EdgeLearnSim.Reporting.Report;

/// <summary>
/// Renders a <see cref="ReportModel"/> as report.md: findings, figures, each headline metric against each swept
/// parameter with its paired interval, reductions versus the reference, the paper comparison where the scenario asks
/// for it, lower-bound gaps and proofs of optimality and, last, the running time. It formats numbers; it computes none.
/// Wall-clock numbers appear only in the running-time section, so everything before
/// <see cref="RunningTimeHeading"/> is reproduced by a rerun on any machine.
/// </summary>
public static class MarkdownReport
{
    /// <summary>
    /// The heading of the running-time section, always the report's last: the reference check (.ci/reference.sh)
    /// compares a rerun's report with the committed one up to this line.
    /// </summary>
    public const string RunningTimeHeading = "## Running time (depends on the machine)";

    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = new StringBuilder();
        Introduction(text, model);
        Failures(text, model);
        Line(text, "## Findings");
        Line(text);
        foreach (var finding in Findings.Of(model))
        {
            Line(text, "- " + finding);
        }
        Line(text);
        Figures(text, model);
        PipelineSection.Write(text, model);
        SweptParameters(text, model);
        Reductions(text, model);
        if (model.Scenario.CompareWith == "paper")
        {
            PaperComparison(text, model);
        }
        GapTable(text, model, model.Gaps, "## Distance from the lower bound", "gap = 100·(makespan − LB)/LB against each cell's bound (`lower_bound`), mean and worst over all runs of the topology; `proven optimal` counts the runs that met it.", withProofs: true);
        CertifiedGapTable(text, model);
        ExactSolver(text, model);
        // Every section that does not depend on the machine goes above this one.
        if (HasRunningTime(model))
        {
            RunningTime(text, model);
        }
        return text.ToString();
    }

    private const int FailuresListed = 20;

    // What failed comes first: every number below is over what finished.
    private static void Failures(StringBuilder text, ReportModel model)
    {
        if (model.Failures.Count == 0)
        {
            return;
        }
        Line(text, "## Failures");
        Line(text);
        Line(text, string.Create(CultureInfo.InvariantCulture,
            $"{model.Failures.Count} run(s) failed (`failures.csv` lists each): the tables, figures and findings below hold what finished, and paired statistics use complete pairs only (their n says how many)."));
        Line(text);
        foreach (var failure in model.Failures.Take(FailuresListed))
        {
            var who = failure.Failure.Label == RunFailure.WholeCell ? "the whole cell" : $"`{failure.Failure.Label}`";
            Line(text, $"- cell `{failure.Cell.Id}`, {who}: {failure.Failure.Message}");
        }
        if (model.Failures.Count > FailuresListed)
        {
            Line(text, string.Create(CultureInfo.InvariantCulture, $"- and {model.Failures.Count - FailuresListed} more in `failures.csv`"));
        }
        Line(text);
    }

    private static bool HasRunningTime(ReportModel model) => model.Scenario.CompareWith == "paper" && model.Runtimes.Count > 0;

    private static void Introduction(StringBuilder text, ReportModel model)
    {
        var scenario = model.Scenario;
        Line(text, $"# {scenario.Name}");
        Line(text);
        if (!string.IsNullOrWhiteSpace(scenario.Description))
        {
            Line(text, scenario.Description.Trim());
            Line(text);
        }
        var cells = scenario.Points.Count * scenario.Topologies.Count * scenario.Replications;
        Line(text, $"{cells} cells ({scenario.Points.Count} sweep points × {scenario.Topologies.Count} topologies × {scenario.Replications} replications), "
            + $"schedulers: {string.Join(", ", model.Schedulers)}. Base seed {scenario.Seed}; every cell's seed is in `provenance.yaml`. "
            + "Every number on this page is computed from the runs in this folder; intervals are 95% Student-t intervals over replications. "
            + (HasRunningTime(model)
                ? "Wall-clock times appear only in the last section, *Running time*, which depends on the machine and its load; a rerun of the scenario reproduces every other section exactly"
                : "No number on this page is a wall-clock time: a rerun of the scenario reproduces it exactly")
            + (model.WallClockCuts > 0
                ? $", except that {model.WallClockCuts.ToString(CultureInfo.InvariantCulture)} runs were cut by a wall-clock safety net (`WallClockLimit` in `timings.csv`), so their rows may differ on another machine."
                : "."));
        Line(text);
        Line(text, "**What is paired.** Every random quantity of a replication (a task's records, accuracy floor, release time and reachable edges, "
            + "an edge's bandwidth, a device's link rate, outage times) is drawn from a stream keyed by the base seed, the replication and the quantity's role. "
            + "So the schedulers of a cell meet the same instance and the same simulated environment (only a scheduler's own random choices are its own), "
            + "and the topologies and sweep points of a replication share every quantity they do not change. "
            + $"The comparisons below use this: each scheduler against `{scenario.Reference}` cell by cell"
            + (scenario.PairsPoints ? ", and each sweep point against the sweep's first point, cell by cell (same topology and replication)." : "."));
        Line(text);
    }

    private static void Figures(StringBuilder text, ReportModel model)
    {
        Line(text, "## Figures");
        Line(text);
        Line(text, "Mean over replications with 95% confidence intervals; the plotted numbers are in the `.csv` beside each image.");
        Line(text);
        foreach (var topology in model.Scenario.Topologies.Select(t => t.Name))
        {
            Line(text, $"### {topology}");
            Line(text);
            foreach (var figure in model.FiguresIn(FigureSection.Topology, topology))
            {
                Image(text, figure);
                if (figure.LeftOut is { } leftOut)
                {
                    Line(text, $"The gap figure leaves out `{leftOut}`, far above the others; its gaps are in the table below.");
                    Line(text);
                }
            }
        }
        if (model.Timeline is { } timeline)
        {
            Line(text, $"### One run over time: `{timeline.Scheduler}` in cell `{timeline.CellId}`");
            Line(text);
            Line(text, "Each edge's uplink bandwidth, sampled at 1/120 of the run's simulated makespan, and the Gantt chart of its stages: per edge (the 20 busiest at most) a lane for access, compression (one per core) and upload, a bar per task, concurrent bars stacked, outages shaded.");
            Line(text);
            foreach (var figure in model.FiguresIn(FigureSection.Timeline))
            {
                Image(text, figure);
            }
        }
        Line(text, "### Accuracy model (Fig. 3)");
        Line(text);
        foreach (var figure in model.FiguresIn(FigureSection.Accuracy))
        {
            Image(text, figure);
        }
    }

    private static void SweptParameters(StringBuilder text, ReportModel model)
    {
        var scenario = model.Scenario;
        if (scenario.Sweep.Count == 0)
        {
            return;
        }
        Line(text, $"## Headline metrics against {string.Join(" and ", scenario.Sweep.Select(a => $"`{a.Path}`"))}");
        Line(text);
        Line(text, scenario.PairsPoints
            ? "Mean ± 95% half-width per scheduler; from the second point on, the paired change from the first point follows in brackets, with its 95% interval."
            : "Mean ± 95% half-width per scheduler.");
        Line(text);
        foreach (var topology in model.Topologies)
        {
            foreach (var metric in model.Headline)
            {
                var unit = metric.Unit.Length > 0 ? $" ({metric.Unit})" : "";
                Line(text, $"### {topology}: `{metric.Name}`{unit}");
                Line(text);
                Line(text, $"| point | {string.Join(" | ", model.Schedulers)} |");
                Line(text, $"|---|{string.Concat(model.Schedulers.Select(_ => "---:|"))}");
                foreach (var point in scenario.Points)
                {
                    var first = Experiments.Results.Summarizer.FirstPoint(scenario, point.Values)?.SequenceEqual(point.Values) ?? true;
                    var cells = model.Schedulers.Select(s => model.Find(topology, s, metric.Name, point.Values) is { } row ? Cell(row, first) : "");
                    Line(text, $"| {ReportModel.PointLabel(scenario, 0, point.Values)} | {string.Join(" | ", cells)} |");
                }
                Line(text);
            }
        }
    }

    private static string Cell(SummaryRow row, bool firstPoint)
    {
        var s = row.Statistics;
        var cell = double.IsFinite(s.HalfWidth) ? $"{Number(s.Mean)} ± {Number(s.HalfWidth)}" : Number(s.Mean);
        if (row.DifferenceVsFirstPoint is { } d && !firstPoint)
        {
            cell += double.IsFinite(d.HalfWidth) ? $" [{Signed(d.Mean)}, {Number(d.CiLow)}…{Number(d.CiHigh)}]" : $" [{Signed(d.Mean)}]";
        }
        return cell;
    }

    private static void Reductions(StringBuilder text, ReportModel model)
    {
        if (model.Reductions.Count == 0)
        {
            return;
        }
        var reference = model.Scenario.Reference;
        Line(text, $"## Reduction of the weighted makespan versus {reference}");
        Line(text);
        Line(text, $"100·(mean_{reference} − mean)/mean_{reference} in percent, with the 95% interval of the paired difference in brackets; positive is better than `{reference}`.");
        Line(text);
        foreach (var topology in model.Topologies)
        {
            var entries = model.Reductions.Where(e => e.Topology == topology).ToArray();
            if (entries.Length == 0)
            {
                continue;
            }
            var schedulers = entries.Select(e => e.Scheduler).Distinct().ToArray();
            Line(text, $"### {topology}");
            Line(text);
            Line(text, $"| point | {string.Join(" | ", schedulers)} |");
            Line(text, $"|---|{string.Concat(schedulers.Select(_ => "---:|"))}");
            foreach (var point in entries.GroupBy(e => e.Point))
            {
                var cells = schedulers.Select(s => point.FirstOrDefault(e => e.Scheduler == s) is { } e
                    ? $"{Findings.Percent(e.ReductionPercent)}% [{Findings.Percent(e.CiLowPercent)}, {Findings.Percent(e.CiHighPercent)}]"
                    : "");
                Line(text, $"| {point.Key} | {string.Join(" | ", cells)} |");
            }
            Line(text);
        }
    }

    private static void PaperComparison(StringBuilder text, ReportModel model)
    {
        var claims = PaperClaim.SectionVB.Where(c => model.Topologies.Contains(c.Topology)).ToArray();
        var paper = PaperClaim.PaperSchedulers.Select(model.LabelOf).OfType<string>().ToArray();
        var schedulers = paper.Concat(model.Schedulers.Where(s => !paper.Contains(s) && s != model.Scenario.Reference))
            .Where(s => model.Reductions.Any(e => e.Scheduler == s)).ToArray();
        if (claims.Length > 0 && schedulers.Length > 0)
        {
            Line(text, "## Our measured reductions beside the paper's claims (§V.B)");
            Line(text);
            Line(text, $"Range over the sweep points of the mean reduction versus `{model.Scenario.Reference}`. The paper's claim is for its annealing and LP-rounding algorithms.");
            Line(text);
            Line(text, $"| topology | paper | {string.Join(" | ", schedulers)} |");
            Line(text, $"|---|---:|{string.Concat(schedulers.Select(_ => "---:|"))}");
            foreach (var claim in claims)
            {
                var cells = schedulers.Select(s => model.ReductionRange(claim.Topology, s) is { } r ? $"{Findings.Percent(r.Low)}–{Findings.Percent(r.High)}%" : "");
                Line(text, $"| {claim.Topology} | {Findings.Percent(claim.LowPercent)}–{Findings.Percent(claim.HighPercent)}% | {string.Join(" | ", cells)} |");
            }
            Line(text);
            var advantage = model.Advantage("one-to-more", PaperClaim.ClaimedFaster, PaperClaim.MultiPhase);
            if (advantage.Count > 0)
            {
                Line(text, $"Annealing versus multi-phase in one-to-more (paper: about {Findings.Percent(PaperClaim.AnnealingOverMultiPhasePercent)}% lower makespan): "
                    + string.Join(", ", advantage.Select(a => $"{a.Point}: {Findings.Percent(a.Percent)}%")) + ".");
                Line(text);
            }
        }
    }

    private static void ExactSolver(StringBuilder text, ReportModel model)
    {
        if (model.ExactRuns == 0)
        {
            return;
        }
        Line(text, "## Exact solver");
        Line(text);
        Line(text, $"`exact` proved optimality in {model.ExactProvedOptimal} of {model.ExactRuns} runs (exit reasons in `timings.csv`).");
        Line(text);
        if (model.OptimumGaps.Count > 0)
        {
            GapTable(text, model, model.OptimumGaps, "## Distance from the proven optimum", "100·(makespan − OPT)/OPT over the runs where `exact` proved optimality; mean and worst.", withProofs: false);
        }
    }

    private static void RunningTime(StringBuilder text, ReportModel model)
    {
        Line(text, RunningTimeHeading);
        Line(text);
        Line(text, "Wall-clock milliseconds of the scheduler alone per run (`timings.csv`). They depend on the machine and its load: a rerun reproduces every section above this one, not the numbers in it.");
        Line(text);
        foreach (var figure in model.FiguresIn(FigureSection.RunningTime))
        {
            Image(text, figure);
        }
        var tasks = model.Runtimes.Select(r => r.Tasks).Distinct().Order().ToArray();
        var names = model.Runtimes.Select(r => r.Scheduler).Distinct().ToArray();
        Line(text, "Mean milliseconds over all topologies and replications:");
        Line(text);
        Line(text, $"| n | {string.Join(" | ", names)} |");
        Line(text, $"|---|{string.Concat(names.Select(_ => "---:|"))}");
        foreach (var n in tasks)
        {
            var cells = names.Select(s => model.Runtimes.FirstOrDefault(r => r.Scheduler == s && r.Tasks == n) is { } r ? r.MeanMilliseconds.ToString("0.00", CultureInfo.InvariantCulture) : "");
            Line(text, $"| {n.ToString(CultureInfo.InvariantCulture)} | {string.Join(" | ", cells)} |");
        }
        Line(text);
        if (model.Speed is { } speed)
        {
            SpeedClaim(text, speed);
        }
    }

    private static void SpeedClaim(StringBuilder text, SpeedComparison speed)
    {
        var (fast, slow, overall) = ($"`{speed.Scheduler}`", $"`{speed.Baseline}`", speed.Overall);
        var verdict = speed.Verdict switch
        {
            SpeedVerdict.Faster => $"on this machine {fast} is faster, as the paper says.",
            SpeedVerdict.Slower => $"on this machine {fast} is slower, contrary to the paper.",
            _ => $"the interval contains 1, so this run shows {fast} neither faster nor slower.",
        };
        Line(text, $"**{fast} against {slow}** (the paper: Algorithm 2, annealing, runs far faster than Algorithm 1, LP rounding): "
            + $"over the {overall.Cells.ToString(CultureInfo.InvariantCulture)} cells where both ran, {fast} took {Ratio(overall.GeometricMean)} {slow}'s time "
            + $"(geometric mean of the per-cell ratios, 95% interval {Ratio(overall.CiLow)} to {Ratio(overall.CiHigh)}): {verdict}");
        Line(text);
        Line(text, $"| point | cells | {speed.Scheduler} / {speed.Baseline} time | 95% interval |");
        Line(text, "|---|---:|---:|---:|");
        foreach (var point in speed.ByPoint)
        {
            Line(text, $"| {point.Point} | {point.Cells.ToString(CultureInfo.InvariantCulture)} | {Ratio(point.GeometricMean)} | {Ratio(point.CiLow)} to {Ratio(point.CiHigh)} |");
        }
        Line(text);
    }

    private static void GapTable(StringBuilder text, ReportModel model, IReadOnlyList<GapEntry> gaps, string title, string explanation, bool withProofs)
    {
        Line(text, title);
        Line(text);
        Line(text, explanation);
        Line(text);
        Line(text, $"| scheduler | {string.Join(" | ", model.Topologies)} |{(withProofs ? " proven optimal |" : "")}");
        Line(text, $"|---|{string.Concat(model.Topologies.Select(_ => "---:|"))}{(withProofs ? "---:|" : "")}");
        foreach (var scheduler in model.Schedulers)
        {
            var cells = model.Topologies.Select(t => gaps.FirstOrDefault(g => g.Topology == t && g.Scheduler == scheduler) is { } g
                ? $"{Findings.Percent(g.MeanPercent)}% (max {Findings.Percent(g.MaxPercent)}%)"
                : "");
            var proofs = withProofs ? $" {model.ProvenOptimal[scheduler].Proven.ToString(CultureInfo.InvariantCulture)} of {model.ProvenOptimal[scheduler].Runs.ToString(CultureInfo.InvariantCulture)} |" : "";
            Line(text, $"| {scheduler} | {string.Join(" | ", cells)} |{proofs}");
        }
        Line(text);
    }

    private static void CertifiedGapTable(StringBuilder text, ReportModel model)
    {
        if (model.CertifiedGaps.Count == 0)
        {
            return;
        }
        var threshold = Findings.Percent(ReportModel.CertifiedGapThresholdPercent);
        Line(text, "## Certified gaps by size");
        Line(text);
        Line(text, $"Per topology and sweep point, each scheduler's gap to the cell's certified bound (bounds: {string.Join(", ", model.Scenario.Bounds!)}, and any bound a built-in scheduler proved): runs proven optimal, median, 95th percentile (nearest rank) and worst gap, and runs within {threshold}%.");
        Line(text);
        Line(text, $"| topology | point | scheduler | runs | proven optimal | median gap | p95 gap | worst gap | ≤ {threshold}% |");
        Line(text, "|---|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var e in model.CertifiedGaps)
        {
            Line(text, string.Create(
                CultureInfo.InvariantCulture,
                $"| {e.Topology} | {e.Point} | {e.Scheduler} | {e.Runs} | {e.ProvenOptimal} | {Fine(e.MedianPercent)}% | {Fine(e.P95Percent)}% | {Fine(e.MaxPercent)}% | {e.WithinThreshold} |"));
        }
        Line(text);
        foreach (var e in model.CertifiedGapTotals)
        {
            Line(text, string.Create(
                CultureInfo.InvariantCulture,
                $"- `{e.Scheduler}`: {e.WithinThreshold} of {e.Runs} runs within {threshold}% of the certified bound ({Findings.Percent(100.0 * e.WithinThreshold / e.Runs)}%), {e.ProvenOptimal} proven optimal; median gap {Fine(e.MedianPercent)}%, p95 {Fine(e.P95Percent)}%, worst {Fine(e.MaxPercent)}%."));
        }
        Line(text);
    }

    // Certified gaps are judged against 0.1%: three decimals keep the table's numbers apart from it.
    private static string Fine(double percent) => percent.ToString("0.000", CultureInfo.InvariantCulture);

    private static void Image(StringBuilder text, WrittenFigure figure)
    {
        Line(text, $"![{figure.Caption}]({Path.GetFileName(figure.Path)})");
        Line(text);
    }

    private static string Number(double value) =>
        !double.IsFinite(value) ? "n/a"
        : Math.Abs(value) >= 100 ? value.ToString("0.0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 1 ? value.ToString("0.00", CultureInfo.InvariantCulture)
        : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Ratio(double value) =>
        double.IsFinite(value) ? value.ToString(value >= 10 ? "0.0×" : "0.00×", CultureInfo.InvariantCulture) : "n/a";

    private static string Signed(double value) => (value > 0 ? "+" : "") + Number(value);

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
