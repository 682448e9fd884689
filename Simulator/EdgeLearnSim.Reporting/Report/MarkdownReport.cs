using System.Globalization;
using System.Text;
using EdgeLearnSim.Reporting.Figures;

namespace EdgeLearnSim.Reporting.Report;

/// <summary>Renders a <see cref="ReportModel"/> as report.md: figures, reduction tables, the paper comparison, lower-bound gaps and findings.</summary>
public static class MarkdownReport
{
    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var scenario = model.Scenario;
        var text = new StringBuilder();
        Line(text, $"# {scenario.Name}");
        Line(text);
        if (!string.IsNullOrWhiteSpace(scenario.Description))
        {
            Line(text, scenario.Description.Trim());
            Line(text);
        }
        var cells = model.Rows.Select(r => (r.Topology, Point: ReportModel.PointLabel(scenario, r), r.Replication)).Distinct().Count();
        Line(text, $"{cells} cells ({scenario.Points.Count} sweep points × {scenario.Topologies.Count} topologies × {scenario.Replications} replications), "
            + $"schedulers: {string.Join(", ", model.Schedulers)}. Base seed {scenario.Seed}; every cell's seed is in `provenance.yaml`. "
            + "Every number on this page is computed from `runs.csv`; intervals are 95% Student-t intervals over replications, "
            + "and comparisons with `random` are paired (same instances).");
        Line(text);

        Findings(text, model);
        Figures(text, model);
        Reductions(text, model);
        PaperComparison(text, model);
        Simulated(text, model);
        GapTable(text, model, model.Gaps, "## Distance from the lower bound", "gap = 100·(makespan − LB)/LB, mean and worst over all runs of the topology.");
        if (model.ExactRuns > 0)
        {
            Line(text, "## Exact solver");
            Line(text);
            Line(text, $"`exact` proved optimality in {model.ExactProvedOptimal} of {model.ExactRuns} runs (exit reasons in `timings.csv`).");
            Line(text);
            if (model.OptimumGaps.Count > 0)
            {
                GapTable(text, model, model.OptimumGaps, "## Distance from the proven optimum", "100·(makespan − OPT)/OPT over the runs where `exact` proved optimality; mean and worst.");
            }
        }
        return text.ToString();
    }

    /// <summary>The percentage format used everywhere in the report (one decimal).</summary>
    public static string Percent(double value) => double.IsFinite(value) ? value.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";

    private static void Findings(StringBuilder text, ReportModel model)
    {
        Line(text, "## Findings");
        Line(text);
        var any = false;
        foreach (var topology in model.Topologies)
        {
            var entries = model.Reductions.Where(e => e.Topology == topology).ToArray();
            if (entries.Length == 0)
            {
                continue;
            }
            var best = entries.GroupBy(e => e.Scheduler).OrderByDescending(g => g.Average(e => e.ReductionPercent)).First();
            var low = best.Min(e => e.ReductionPercent);
            var high = best.Max(e => e.ReductionPercent);
            var sentence = $"- **{topology}**: the best scheduler on average is `{best.Key}`, reducing the weighted makespan by {Percent(low)}–{Percent(high)}% versus `random` across the sweep points";
            var claim = PaperClaim.SectionVB.FirstOrDefault(c => c.Topology == topology);
            if (claim is not null)
            {
                var paper = PaperClaim.PaperSchedulers.Take(2).Select(s => (s, model.ReductionRange(topology, s))).Where(p => p.Item2 is not null).ToArray();
                if (paper.Length > 0)
                {
                    sentence += $"; the paper's algorithms reach {string.Join(" and ", paper.Select(p => $"{Percent(p.Item2!.Value.Low)}–{Percent(p.Item2.Value.High)}% (`{p.s}`)"))}, "
                        + $"against the paper's claim of {Percent(claim.LowPercent)}–{Percent(claim.HighPercent)}%: {string.Join(", ", paper.Select(p => $"`{p.s}` {Verdict(p.Item2!.Value, claim)}"))}";
                }
            }
            Line(text, sentence + ".");
            any = true;
        }
        var advantage = model.Advantage("one-to-more", "annealing", "multi-phase");
        if (advantage.Count > 0)
        {
            Line(text, $"- **annealing vs multi-phase, one-to-more**: annealing's mean weighted makespan is between {Percent(advantage.Min(a => a.Percent))}% and {Percent(advantage.Max(a => a.Percent))}% lower than multi-phase's across the sweep points (the paper: about {Percent(PaperClaim.AnnealingOverMultiPhasePercent)}% lower; a negative value means multi-phase is better).");
            any = true;
        }
        foreach (var topology in model.Topologies)
        {
            var busiest = model.Rows.Where(r => r.Topology == topology).GroupBy(r => r.Scheduler)
                .Select(g => (Scheduler: g.Key, Mean: g.Average(r => r.Number(Experiments.Results.RunColumns.TasksOnBusiestEdge)))).OrderBy(g => g.Mean).ToArray();
            var random = model.Rows.Where(r => r.Topology == topology && r.Scheduler == model.Scenario.Reference).ToArray();
            var stddev = random.Length == 0 ? "" : string.Join(", ", model.Schedulers.Where(s => s != model.Scenario.Reference && PaperClaim.PaperSchedulers.Contains(s))
                .Select(s => (s, Ratio: model.Rows.Where(r => r.Topology == topology && r.Scheduler == s).Average(r => r.Number(Experiments.Results.RunColumns.StdDev)) / random.Average(r => r.Number(Experiments.Results.RunColumns.StdDev))))
                .Select(p => $"`{p.s}` {Percent(100 * p.Ratio)}%"));
            if (busiest.Length > 1)
            {
                Line(text, $"- **{topology}, Figs. 5–6**: fewest tasks on the most loaded edge with `{busiest[0].Scheduler}` ({busiest[0].Mean.ToString("0.0", CultureInfo.InvariantCulture)} on average over all runs), most with `{busiest[^1].Scheduler}` ({busiest[^1].Mean.ToString("0.0", CultureInfo.InvariantCulture)})"
                    + (stddev.Length > 0 ? $"; mean load standard deviation relative to random's: {stddev}" : "") + ".");
            }
        }
        var gaps = model.Gaps.GroupBy(g => g.Scheduler).Select(g => (Scheduler: g.Key, Mean: g.Sum(e => e.MeanPercent * e.Runs) / g.Sum(e => e.Runs))).OrderBy(g => g.Mean).ToArray();
        if (gaps.Length > 0)
        {
            Line(text, $"- **distance from the lower bound** (all topologies): closest `{gaps[0].Scheduler}` at {Percent(gaps[0].Mean)}% above it on average, farthest `{gaps[^1].Scheduler}` at {Percent(gaps[^1].Mean)}%. The bound is not the optimum, so part of every gap may be the bound's slack.");
            any = true;
        }
        if (!any)
        {
            Line(text, "- No comparison with `random` is possible: the scenario does not run it.");
        }
        Line(text);
    }

    private static string Verdict((double Low, double High) ours, PaperClaim claim)
    {
        if (ours.Low >= claim.LowPercent && ours.High <= claim.HighPercent)
        {
            return "within the claimed range";
        }
        if (ours.Low > claim.HighPercent)
        {
            return "above the claimed range";
        }
        if (ours.High < claim.LowPercent)
        {
            return "below the claimed range";
        }
        return "overlapping the claimed range";
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
            foreach (var (prefix, _, _, title) in FigureBuilder.Kinds)
            {
                Line(text, $"![{title}, {topology}]({prefix}-{topology}.png)");
                Line(text);
            }
        }
        Line(text, "### Accuracy model (Fig. 3)");
        Line(text);
        Line(text, "![Accuracy model](accuracy.png)");
        Line(text);
    }

    private static void Reductions(StringBuilder text, ReportModel model)
    {
        if (model.Reductions.Count == 0)
        {
            return;
        }
        Line(text, "## Reduction of the weighted makespan versus random");
        Line(text);
        Line(text, "100·(mean_random − mean)/mean_random in percent, with the 95% interval of the paired difference in brackets; positive is better than random.");
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
                    ? $"{Percent(e.ReductionPercent)}% [{Percent(e.CiLowPercent)}, {Percent(e.CiHighPercent)}]"
                    : "");
                Line(text, $"| {point.Key} | {string.Join(" | ", cells)} |");
            }
            Line(text);
        }
    }

    private static void PaperComparison(StringBuilder text, ReportModel model)
    {
        var claims = PaperClaim.SectionVB.Where(c => model.Topologies.Contains(c.Topology)).ToArray();
        var schedulers = PaperClaim.PaperSchedulers.Concat(model.Schedulers.Where(s => !PaperClaim.PaperSchedulers.Contains(s) && s != "random"))
            .Where(s => model.Reductions.Any(e => e.Scheduler == s)).ToArray();
        if (claims.Length == 0 || schedulers.Length == 0)
        {
            return;
        }
        Line(text, "## Our measured reductions beside the paper's claims (§V.B)");
        Line(text);
        Line(text, "Range over the sweep points of the mean reduction versus `random`. The paper's claim is for its annealing and LP-rounding algorithms.");
        Line(text);
        Line(text, $"| topology | paper | {string.Join(" | ", schedulers)} |");
        Line(text, $"|---|---:|{string.Concat(schedulers.Select(_ => "---:|"))}");
        foreach (var claim in claims)
        {
            var cells = schedulers.Select(s => model.ReductionRange(claim.Topology, s) is { } r ? $"{Percent(r.Low)}–{Percent(r.High)}%" : "");
            Line(text, $"| {claim.Topology} | {Percent(claim.LowPercent)}–{Percent(claim.HighPercent)}% | {string.Join(" | ", cells)} |");
        }
        Line(text);
        var advantage = model.Advantage("one-to-more", "annealing", "multi-phase");
        if (advantage.Count > 0)
        {
            Line(text, $"Annealing versus multi-phase in one-to-more (paper: about {Percent(PaperClaim.AnnealingOverMultiPhasePercent)}% lower makespan): "
                + string.Join(", ", advantage.Select(a => $"{a.Point}: {Percent(a.Percent)}%")) + ".");
            Line(text);
        }
    }

    private static void Simulated(StringBuilder text, ReportModel model)
    {
        var physical = model.Scenario.IsDynamic;
        if (!physical)
        {
            return;
        }
        Line(text, "## Simulated makespan");
        Line(text);
        Line(text, "Mean time of the last upload's end in the discrete-event simulation (s), with the 95% interval; online policies dispatch each task on arrival.");
        Line(text);
        foreach (var topology in model.Topologies)
        {
            var rows = model.Rows.Where(r => r.Topology == topology).ToArray();
            var schedulers = rows.Select(r => r.Scheduler).Distinct().ToArray();
            Line(text, $"### {topology}");
            Line(text);
            Line(text, $"| point | {string.Join(" | ", schedulers)} |");
            Line(text, $"|---|{string.Concat(schedulers.Select(_ => "---:|"))}");
            foreach (var point in rows.GroupBy(r => ReportModel.PointLabel(model.Scenario, r)))
            {
                var cells = schedulers.Select(s =>
                {
                    var values = point.Where(r => r.Scheduler == s).Select(r => r.SimulatedMakespan).ToArray();
                    if (values.Length == 0)
                    {
                        return "";
                    }
                    var statistics = Experiments.Results.SampleStatistics.Of(values);
                    return double.IsFinite(statistics.HalfWidth) ? $"{Seconds(statistics.Mean)} ± {Seconds(statistics.HalfWidth)}" : Seconds(statistics.Mean);
                });
                Line(text, $"| {point.Key} | {string.Join(" | ", cells)} |");
            }
            Line(text);
        }
    }

    private static string Seconds(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static void GapTable(StringBuilder text, ReportModel model, IReadOnlyList<GapEntry> gaps, string title, string explanation)
    {
        Line(text, title);
        Line(text);
        Line(text, explanation);
        Line(text);
        Line(text, $"| scheduler | {string.Join(" | ", model.Topologies)} |");
        Line(text, $"|---|{string.Concat(model.Topologies.Select(_ => "---:|"))}");
        foreach (var scheduler in model.Schedulers)
        {
            var cells = model.Topologies.Select(t => gaps.FirstOrDefault(g => g.Topology == t && g.Scheduler == scheduler) is { } g
                ? $"{Percent(g.MeanPercent)}% (max {Percent(g.MaxPercent)}%)"
                : "");
            Line(text, $"| {scheduler} | {string.Join(" | ", cells)} |");
        }
        Line(text);
    }

    private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');
}
