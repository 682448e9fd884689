using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// Groups runs by (sweep point, topology, scheduler) in their order of first appearance (cell order, then scenario
/// scheduler order) and summarises each <see cref="RunColumn.Summarised"/> column, applying the pairing rule (common
/// random numbers): within a point against the scenario's reference scheduler, paired by replication; across the
/// points of a sweep against its first point, paired by (topology, replication), which share every random quantity
/// the sweep does not change. Paired statistics use complete pairs only (a failed run drops its pair) and carry their n.
/// </summary>
public static class Summarizer
{
    public static IReadOnlyList<SummaryRow> Summarize(Scenario scenario, IReadOnlyList<RunRow> rows)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(rows);
        var groups = rows.GroupBy(r => new GroupId(r.Topology, Join(r.Parameters), r.Scheduler)).ToList();
        var byKey = groups.ToDictionary(g => g.Key, g => g.ToList());
        var metrics = RunColumns.All.Where(c => c.Summarised).ToArray();
        var summary = new List<SummaryRow>();
        foreach (var group in groups)
        {
            var first = group.First();
            byKey.TryGetValue(group.Key with { Scheduler = scenario.Reference }, out var reference);
            var firstPoint = FirstPoint(scenario, first.Parameters) is { } p
                && byKey.TryGetValue(group.Key with { Parameters = Join(p) }, out var found) ? found : null;
            foreach (var metric in metrics)
            {
                var statistics = SampleStatistics.Of([.. group.Select(r => r.Number(metric))]);
                SampleStatistics? difference = null;
                double? reduction = null;
                if (reference is not null)
                {
                    difference = Paired(group, reference, metric);
                    // Over complete pairs only, as the difference is: a failed run must not tilt the reduction.
                    var baseline = reference.ToDictionary(r => r.Replication, r => r.Number(metric));
                    var pairs = group.Where(r => baseline.ContainsKey(r.Replication)).ToList();
                    var referenceMean = pairs.Count == 0 ? 0 : pairs.Average(r => baseline[r.Replication]);
                    var mean = pairs.Count == 0 ? 0 : pairs.Average(r => r.Number(metric));
                    reduction = referenceMean == 0 ? null : 100.0 * (referenceMean - mean) / referenceMean;
                }
                var acrossPoints = firstPoint is null ? null : Paired(group, firstPoint, metric);
                summary.Add(new SummaryRow(first.Scenario, first.Topology, first.Tasks, first.Edges, first.Scheduler, first.Parameters, metric.Name, statistics, difference, reduction, acrossPoints));
            }
        }
        return summary;
    }

    /// <summary>
    /// The parameters of the point every point is compared with across the sweep: the sweep's first point (the first
    /// value of every axis); null when the scenario does not sweep.
    /// </summary>
    public static IReadOnlyList<string>? FirstPoint(Scenario scenario, IReadOnlyList<string> parameters)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!scenario.PairsPoints)
        {
            return null;
        }
        return [.. scenario.Sweep.Select(axis => axis.Values[0])];
    }

    private static SampleStatistics Paired(IEnumerable<RunRow> rows, IReadOnlyList<RunRow> baseline, RunColumn metric)
    {
        var byReplication = baseline.ToDictionary(r => r.Replication, r => r.Number(metric));
        return SampleStatistics.Of([.. rows.Where(r => byReplication.ContainsKey(r.Replication)).Select(r => r.Number(metric) - byReplication[r.Replication])]);
    }

    private static string Join(IReadOnlyList<string> parameters) => string.Join('\u001f', parameters);

    private sealed record GroupId(string Topology, string Parameters, string Scheduler);
}
