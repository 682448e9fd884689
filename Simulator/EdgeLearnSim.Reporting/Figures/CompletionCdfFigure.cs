using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// The distribution of completion times (upload end − release) per scheduler at one sweep point of one topology: the
/// stored <see cref="CompletionQuantiles"/> of its runs averaged level by level (x: seconds, y: fraction of tasks
/// completed within x). Drawn for dynamic scenarios at the sweep's last point, where failures or fluctuations bite most.
/// </summary>
public static class CompletionCdfFigure
{
    public const string Prefix = "completion-cdf";

    public static FigureSpec Build(ScenarioResults results, string topology)
    {
        ArgumentNullException.ThrowIfNull(results);
        var scenario = results.Scenario;
        var point = scenario.Points[^1].Values;
        var rows = results.Rows.Where(r => r.Topology == topology && r.Parameters.SequenceEqual(point) && r.CompletionQuantiles.Count == CompletionQuantiles.Levels.Count).ToList();
        var series = rows.GroupBy(r => r.Scheduler).Select(g => new FigureSeries(
            g.Key,
            [.. CompletionQuantiles.Levels.Select((_, k) => g.Average(r => r.CompletionQuantiles[k]))],
            CompletionQuantiles.Levels,
            [.. CompletionQuantiles.Levels.Select(_ => double.NaN)],
            [.. CompletionQuantiles.Levels.Select(_ => g.Count())])).ToArray();
        var label = scenario.Sweep.Count == 0 ? "" : $", {string.Join(", ", scenario.Sweep.Select((a, k) => $"{a.Path.Split('.')[^1]}={point[k]}"))}";
        return new FigureSpec($"{Prefix}-{topology}", $"Completion times, {topology}{label}", "Completion time, upload end − release (s)", "Fraction of tasks completed", series)
        {
            Caption = $"Completion-time distribution at the last sweep point, {topology}",
            Styles = SeriesStyles.Of(results),
        };
    }
}
