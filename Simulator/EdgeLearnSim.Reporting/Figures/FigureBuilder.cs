using System.Globalization;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// Builds the paper's figures from a scenario's summary: per topology, weighted makespan (Fig. 4), standard
/// deviation of edge loads (Fig. 5) and tasks on the busiest edge (Fig. 6); one series per scheduler. The x axis is
/// the first swept parameter: its value when numeric (the number of tasks in the paper), else the position of the
/// value in the sweep (1, 2, …); without a sweep, the number of tasks. With more than one swept axis, each
/// combination of the other axes' values is a series of its own. A fourth figure shows the simulated makespan.
/// </summary>
public static class FigureBuilder
{
    /// <summary>(file prefix, summary metric, y label, title) of each figure kind.</summary>
    public static IReadOnlyList<(string Prefix, string Metric, string YLabel, string Title)> Kinds { get; } =
    [
        ("makespan", "weighted_makespan", "Weighted makespan max_j L_j (s)", "Weighted makespan"),
        ("stddev", "stddev", "Std. dev. of edge loads L_j (s)", "Load standard deviation"),
        ("maxjobs", "tasks_on_busiest_edge", "Tasks on the most loaded edge", "Tasks on the most loaded edge"),
        ("simulated", "simulated_makespan", "Simulated makespan, last upload end (s)", "Simulated (physical) makespan"),
    ];

    public static IReadOnlyList<FigureSpec> Build(ScenarioResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var figures = new List<FigureSpec>();
        foreach (var topology in results.Scenario.Topologies)
        {
            foreach (var (prefix, metric, yLabel, title) in Kinds)
            {
                figures.Add(Build(results, topology.Name, metric, $"{prefix}-{topology.Name}", yLabel, $"{title}, {topology.Name}"));
            }
        }
        return figures;
    }

    public static FigureSpec Build(ScenarioResults results, string topology, string metric, string stem, string yLabel, string title)
    {
        ArgumentNullException.ThrowIfNull(results);
        var axes = results.Scenario.Sweep;
        var xAxis = axes.Count > 0 ? 0 : -1;
        var xLabel = xAxis < 0 || axes[0].Path == "instance.tasks" ? "Number of tasks n"
            : axes[0].IsNumeric ? axes[0].Path
            : $"{axes[0].Path}: value 1..{axes[0].Values.Count} ({string.Join("; ", axes[0].Values)})";
        var rows = results.Summary.Where(r => r.Topology == topology && r.Metric == metric).ToList();
        var series = new List<FigureSeries>();
        foreach (var group in rows.GroupBy(r => SeriesName(r, xAxis, axes.Select(a => a.Path).ToArray())))
        {
            var points = group.Select(r => (X: X(r, xAxis, axes), r.Statistics)).OrderBy(p => p.X).ToList();
            series.Add(new FigureSeries(
                group.Key,
                points.Select(p => p.X).ToArray(),
                points.Select(p => p.Statistics.Mean).ToArray(),
                points.Select(p => p.Statistics.HalfWidth).ToArray(),
                points.Select(p => p.Statistics.Count).ToArray()));
        }
        return new FigureSpec(stem, title, xLabel, yLabel, series);
    }

    private static double X(SummaryRow row, int xAxis, IReadOnlyList<Experiments.Scenarios.SweepAxis> axes) =>
        xAxis < 0 ? row.Tasks
        : axes[xAxis].IsNumeric ? double.Parse(row.Parameters[xAxis], NumberStyles.Float, CultureInfo.InvariantCulture)
        : 1 + axes[xAxis].Values.ToList().IndexOf(row.Parameters[xAxis]);

    private static string SeriesName(SummaryRow row, int xAxis, string[] paths)
    {
        var others = Enumerable.Range(0, paths.Length).Where(k => k != xAxis).Select(k => $"{paths[k]}={row.Parameters[k]}").ToArray();
        return others.Length == 0 ? row.Scheduler : $"{row.Scheduler} ({string.Join(", ", others)})";
    }
}
