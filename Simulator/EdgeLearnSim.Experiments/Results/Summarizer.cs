namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// Groups runs by (sweep point, topology, scheduler) in their order of first appearance (that is, cell order,
/// then scenario scheduler order) and summarises each metric. Comparisons with <c>random</c> are paired by replication.
/// </summary>
public static class Summarizer
{
    /// <summary>The metrics summarised, with the column name and how to read it from a row.</summary>
    public static IReadOnlyList<(string Name, Func<RunRow, double> Value)> Metrics { get; } =
    [
        ("weighted_makespan", r => r.WeightedMakespan),
        ("stddev", r => r.StdDev),
        ("tasks_on_busiest_edge", r => r.TasksOnBusiestEdge),
        ("max_tasks_on_edge", r => r.MaxTasksOnEdge),
        ("gap_percent", r => r.GapPercent),
        ("simulated_makespan", r => r.SimulatedMakespan),
    ];

    public const string Baseline = "random";

    public static IReadOnlyList<SummaryRow> Summarize(IReadOnlyList<RunRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var groups = rows.GroupBy(GroupKey).ToList();
        var byKey = groups.ToDictionary(g => g.Key, g => g.ToList());
        var summary = new List<SummaryRow>();
        foreach (var group in groups)
        {
            var first = group.First();
            byKey.TryGetValue(group.Key with { Scheduler = Baseline }, out var baseline);
            foreach (var (metric, value) in Metrics)
            {
                var values = group.Select(value).ToArray();
                var statistics = SampleStatistics.Of(values);
                SampleStatistics? difference = null;
                double? reduction = null;
                if (baseline is not null)
                {
                    var baseByReplication = baseline.ToDictionary(r => r.Replication, value);
                    var differences = group.Where(r => baseByReplication.ContainsKey(r.Replication))
                        .Select(r => value(r) - baseByReplication[r.Replication]).ToArray();
                    difference = SampleStatistics.Of(differences);
                    var baseMean = baseline.Average(value);
                    reduction = baseMean == 0 ? null : 100.0 * (baseMean - statistics.Mean) / baseMean;
                }
                summary.Add(new SummaryRow(first.Scenario, first.Topology, first.Tasks, first.Edges, first.Scheduler, first.Parameters, metric, statistics, difference, reduction));
            }
        }
        return summary;
    }

    private static GroupId GroupKey(RunRow row) => new(row.Topology, row.Tasks, row.Edges, string.Join('\u001f', row.Parameters), row.Scheduler);

    private sealed record GroupId(string Topology, int Tasks, int Edges, string Parameters, string Scheduler);
}
