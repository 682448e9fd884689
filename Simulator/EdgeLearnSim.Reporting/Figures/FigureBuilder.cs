using System.Globalization;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// Builds the figures of a scenario from its summary, one per topology and plotted run column
/// (<see cref="RunColumn.Plot"/>): the paper's weighted makespan (Fig. 4), load standard deviation (Fig. 5) and tasks
/// on the busiest edge (Fig. 6), the simulated makespan, the gap to the cell's bound (where near-equal schedulers
/// separate), and for dynamic scenarios the completion times and utilisation (re-dispatches where edges fail); one series per
/// scheduler. The x axis is the first swept parameter: its value when numeric (the number of tasks in the paper),
/// else the position of the value in the sweep (1, 2, …); without a sweep, the number of tasks. With more than one
/// swept axis, each combination of the other axes' values is a series of its own.
/// </summary>
public static class FigureBuilder
{
    /// <summary>The run columns drawn for <paramref name="scenario"/>, in schema order.</summary>
    public static IReadOnlyList<RunColumn> Plotted(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. RunColumns.All.Where(c => c.Plot is { } plot && plot.DrawnFor(scenario))];
    }

    /// <summary>The figures of every topology, topology by topology.</summary>
    public static IReadOnlyList<FigureSpec> Build(ScenarioResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results.Scenario.Topologies.SelectMany(t => Build(results, t.Name))];
    }

    /// <summary>The figures of <paramref name="topology"/>, one per plotted column in schema order.</summary>
    public static IReadOnlyList<FigureSpec> Build(ScenarioResults results, string topology)
    {
        ArgumentNullException.ThrowIfNull(results);
        var figures = new List<FigureSpec>();
        foreach (var column in Plotted(results.Scenario))
        {
            var plot = column.Plot!;
            var omitted = plot.WithoutReference && results.Scenario.Schedulers.Count > 1 ? results.Scenario.Reference : null;
            var title = omitted is null ? $"{plot.Title}, {topology}" : $"{plot.Title}, {topology} ({omitted} left out)";
            figures.Add(Build(results, topology, column.Name, $"{plot.Prefix}-{topology}", plot.YLabel, title, omitted) with { Caption = $"{plot.Title}, {topology}" });
        }
        return figures;
    }

    /// <summary>The figure of one summarised metric in one topology; <paramref name="omitted"/> names a scheduler left out, if any.</summary>
    public static FigureSpec Build(ScenarioResults results, string topology, string metric, string stem, string yLabel, string title, string? omitted = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = results.Summary.Where(r => r.Topology == topology && r.Metric == metric && r.Scheduler != omitted).ToList();
        var series = rows.GroupBy(r => SeriesName(results.Scenario, r.Scheduler, r.Parameters))
            .Select(g => FigureSeries.Of(g.Key, g.Select(r => (X(results.Scenario, r.Tasks, r.Parameters), r.Statistics)))).ToArray();
        return new FigureSpec(stem, title, XLabel(results.Scenario), yLabel, series) { LeftOut = omitted, Styles = SeriesStyles.Of(results) };
    }

    /// <summary>The x label: the first swept parameter (with its values listed when they are not numbers and short), or n.</summary>
    public static string XLabel(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var axes = scenario.Sweep;
        return axes.Count == 0 || axes[0].Path == "instance.tasks" ? "Number of tasks n"
            : axes[0].IsNumeric ? axes[0].Path
            : string.Join("; ", axes[0].Values).Length <= 60
                ? $"{axes[0].Path}: value 1..{axes[0].Values.Count} ({string.Join("; ", axes[0].Values)})"
                : $"{axes[0].Path}: value 1..{axes[0].Values.Count} (in sweep order; listed in report.md)";
    }

    /// <summary>The x of a point: the first axis' value when numeric, else its position from 1; n without a sweep.</summary>
    public static double X(Scenario scenario, int tasks, IReadOnlyList<string> parameters)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(parameters);
        var axes = scenario.Sweep;
        return axes.Count == 0 ? tasks
            : axes[0].IsNumeric ? double.Parse(parameters[0], NumberStyles.Float, CultureInfo.InvariantCulture)
            : 1 + axes[0].Values.ToList().IndexOf(parameters[0]);
    }

    /// <summary>The series of a scheduler: its label, with the values of the axes after the first when there are any.</summary>
    public static string SeriesName(Scenario scenario, string scheduler, IReadOnlyList<string> parameters)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(parameters);
        var others = Enumerable.Range(1, Math.Max(0, scenario.Sweep.Count - 1)).Select(k => $"{scenario.Sweep[k].Path}={parameters[k]}").ToArray();
        return others.Length == 0 ? scheduler : $"{scheduler} ({string.Join(", ", others)})";
    }
}
