using System.Globalization;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Reporting.Report;

/// <summary>
/// The findings of report.md, one sentence each, from the numbers of a <see cref="ReportModel"/> (themselves from the
/// summary): what the scenario asks. Every scenario gets the comparison with its reference scheduler and the gaps;
/// a scenario with <c>compare_with: paper</c> the paper's claims on the makespan (its speed claim depends on the
/// machine, so <see cref="MarkdownReport"/> tests it in the running-time section alone); a sweep over <c>simulation.</c>/<c>limits.</c>
/// parameters what the change costs each scheduler, paired by cell.
/// </summary>
public static class Findings
{
    public static IReadOnlyList<string> Of(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var findings = new List<string>();
        var paper = model.Scenario.CompareWith == "paper";
        Effects(model, findings);
        if (model.Scenario.IsDynamic && model.Effects.Count == 0)
        {
            Simulated(model, findings);
        }
        foreach (var topology in model.Topologies)
        {
            var entries = model.Reductions.Where(e => e.Topology == topology).ToArray();
            if (entries.Length == 0)
            {
                continue;
            }
            var best = entries.GroupBy(e => e.Scheduler).OrderByDescending(g => g.Average(e => e.ReductionPercent)).First();
            var (low, high) = (best.Min(e => e.ReductionPercent), best.Max(e => e.ReductionPercent));
            var points = entries.Select(e => e.Point).Distinct().Count();
            var where = best.Count() < points
                ? $" at the {best.Count()} of {points} sweep points where it finished"
                : Percent(low) == Percent(high) ? (model.Scenario.Points.Count > 1 ? " at every sweep point" : "") : " across the sweep points";
            var sentence = $"**{topology}**: the best scheduler on average is `{best.Key}`, reducing the weighted makespan by {Range(low, high)}% versus `{model.Scenario.Reference}`{where}";
            if (paper && PaperClaim.SectionVB.FirstOrDefault(c => c.Topology == topology) is { } claim)
            {
                var ours = PaperClaim.PaperSchedulers.Take(2).Select(model.LabelOf).OfType<string>().Select(s => (Scheduler: s, Range: model.ReductionRange(topology, s))).Where(p => p.Range is not null).ToArray();
                if (ours.Length > 0)
                {
                    sentence += $"; the paper's algorithms reach {string.Join(" and ", ours.Select(p => $"{Range(p.Range!.Value.Low, p.Range.Value.High)}% (`{p.Scheduler}`)"))}, "
                        + $"against the paper's claim of {Range(claim.LowPercent, claim.HighPercent)}%: {string.Join(", ", ours.Select(p => $"`{p.Scheduler}` {Verdict(p.Range!.Value, claim)}"))}";
                }
            }
            findings.Add(sentence + ".");
        }
        if (paper)
        {
            PaperFindings(model, findings);
        }
        var gaps = model.Gaps.GroupBy(g => g.Scheduler).Select(g => (Scheduler: g.Key, Mean: g.Sum(e => e.MeanPercent * e.Runs) / g.Sum(e => e.Runs))).OrderBy(g => g.Mean).ToArray();
        if (gaps.Length > 0)
        {
            findings.Add($"**distance from the lower bound** (all topologies): closest `{gaps[0].Scheduler}` at {Percent(gaps[0].Mean)}% above it on average, farthest `{gaps[^1].Scheduler}` at {Percent(gaps[^1].Mean)}%. The bound is not the optimum, so part of every gap may be the bound's slack; the `gap-` figures show the schedulers apart where the makespan figures overlap.");
        }
        if (findings.Count == 0)
        {
            findings.Add($"No comparison is possible: the scenario does not run its reference scheduler `{model.Scenario.Reference}` and does not sweep simulation parameters.");
        }
        return findings;
    }

    /// <summary>The percentage format used everywhere in the report (one decimal).</summary>
    public static string Percent(double value) =>
        double.IsFinite(value) ? (Math.Round(value, 1) == 0 ? 0 : value).ToString("0.0", CultureInfo.InvariantCulture) : "n/a";

    private static string Range(double low, double high) => Percent(low) == Percent(high) ? Percent(low) : $"{Percent(low)}–{Percent(high)}";

    private static void Effects(ReportModel model, List<string> findings)
    {
        if (model.Effects.Count == 0)
        {
            return;
        }
        var scenario = model.Scenario;
        var first = ReportModel.PointLabel(scenario, 0, scenario.Points[0].Values);
        var last = scenario.Points[^1];
        var lastLabel = ReportModel.PointLabel(scenario, 0, last.Values);
        var simulated = RunColumns.SimulatedMakespan.Name;
        foreach (var topology in model.Topologies)
        {
            var costs = model.Effects.Where(e => e.Topology == topology && e.Metric == simulated && e.Point == lastLabel).OrderBy(e => e.Percent).ToArray();
            if (costs.Length == 0)
            {
                continue;
            }
            var ranked = costs.OrderBy(e => e.Mean).ToArray();
            findings.Add($"**{topology}, cost of going from {first} to {lastLabel}** (paired by cell): the mean simulated makespan changes by "
                + string.Join(", ", costs.Select(e => $"`{e.Scheduler}` {SignedSeconds(e.Difference)} s ({Signed(e.Percent)}%, 95% interval {Seconds(e.CiLow)} to {Seconds(e.CiHigh)} s)"))
                + $". At {lastLabel} the shortest simulated makespan is `{ranked[0].Scheduler}`'s ({Seconds(ranked[0].Mean)} s), the longest `{ranked[^1].Scheduler}`'s ({Seconds(ranked[^1].Mean)} s).");
        }
        var redispatches = scenario.Points.Select(p => (Point: ReportModel.PointLabel(scenario, 0, p.Values),
            Total: model.Summary.Where(r => r.Metric == RunColumns.Redispatches.Name && r.Parameters.SequenceEqual(p.Values)).Sum(r => r.Statistics.Mean * r.Statistics.Count))).ToArray();
        if (redispatches.Any(r => r.Total > 0))
        {
            findings.Add("**re-dispatches** (all schedulers and topologies, summed over runs): " + string.Join(", ", redispatches.Select(r => $"{r.Point}: {r.Total.ToString("0", CultureInfo.InvariantCulture)}")) + ".");
        }
        var offline = scenario.Schedulers.Select(s => s.Label).ToHashSet(StringComparer.Ordinal);
        var planned = model.Effects.Where(e => e.Metric == RunColumns.WeightedMakespan.Name && offline.Contains(e.Scheduler)).ToArray();
        if (planned.Length > 0 && planned.All(e => e.Difference == 0))
        {
            findings.Add("**the plans do not change across the sweep**: every offline scheduler's weighted makespan is identical at every point, so each difference above is the simulation's response alone.");
        }
    }

    private static void Simulated(ReportModel model, List<string> findings)
    {
        var scenario = model.Scenario;
        foreach (var topology in model.Topologies)
        {
            var points = scenario.Points.Select(p => (Point: ReportModel.PointLabel(scenario, 0, p.Values),
                Ranked: model.Summary.Where(r => r.Topology == topology && r.Metric == RunColumns.SimulatedMakespan.Name && r.Parameters.SequenceEqual(p.Values))
                    .OrderBy(r => r.Statistics.Mean).ToArray())).Where(p => p.Ranked.Length > 1).ToArray();
            if (points.Length > 0)
            {
                findings.Add($"**{topology}, simulated makespan** (mean): " + string.Join("; ", points.Select(p =>
                    $"{p.Point}: shortest `{p.Ranked[0].Scheduler}` {Seconds(p.Ranked[0].Statistics.Mean)} s, longest `{p.Ranked[^1].Scheduler}` {Seconds(p.Ranked[^1].Statistics.Mean)} s")) + ".");
            }
        }
    }

    private static void PaperFindings(ReportModel model, List<string> findings)
    {
        var advantage = model.Advantage("one-to-more", PaperClaim.ClaimedFaster, PaperClaim.MultiPhase);
        if (advantage.Count > 0)
        {
            findings.Add($"**annealing vs multi-phase, one-to-more**: annealing's mean weighted makespan is between {Percent(advantage.Min(a => a.Percent))}% and {Percent(advantage.Max(a => a.Percent))}% lower than multi-phase's across the sweep points (the paper: about {Percent(PaperClaim.AnnealingOverMultiPhasePercent)}% lower; a negative value means multi-phase is better).");
        }
        if (model.Speed is { } speed)
        {
            findings.Add($"**running time**: the paper's claim that `{speed.Scheduler}` runs far faster than `{speed.Baseline}` rests on wall-clock times, which depend on the machine, so the last section, *Running time*, tests it on this run's times.");
        }
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
        return ours.High < claim.LowPercent ? "below the claimed range" : "overlapping the claimed range";
    }

    private static string Signed(double value) => (Math.Round(value, 1) > 0 ? "+" : "") + Percent(value);

    private static string SignedSeconds(double value) => (Math.Round(value, 2) > 0 ? "+" : "") + Seconds(value);

    // Rounded first, so a difference of −1e-15 s reads 0.00, not −0.00.
    private static string Seconds(double value) => (Math.Round(value, 2) == 0 ? 0 : value).ToString("0.00", CultureInfo.InvariantCulture);
}
