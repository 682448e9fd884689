using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// The scheduler's own running time against the first swept parameter, per scheduler and topology, from the
/// timings of the runs (<see cref="RunTiming.SchedulerMilliseconds"/>, what timings.csv holds): the figure behind the
/// paper's claim that annealing runs far faster than LP rounding. Wall-clock times, so they vary between machines.
/// </summary>
public static class SchedulerTimeFigure
{
    public const string Prefix = "scheduler-time";

    public static FigureSpec Build(ScenarioResults results, string topology)
    {
        ArgumentNullException.ThrowIfNull(results);
        var scenario = results.Scenario;
        var offline = scenario.Schedulers.Select(s => s.Label).ToHashSet(StringComparer.Ordinal);
        var series = results.Rows.Where(r => r.Topology == topology && offline.Contains(r.Scheduler))
            .GroupBy(r => FigureBuilder.SeriesName(scenario, r.Scheduler, r.Parameters))
            .Select(g => FigureSeries.Of(g.Key, g.GroupBy(r => FigureBuilder.X(scenario, r.Tasks, r.Parameters))
                .Select(p => (p.Key, SampleStatistics.Of([.. p.Select(r => r.Timing.SchedulerMilliseconds)])))))
            .ToArray();
        return new FigureSpec($"{Prefix}-{topology}", $"Scheduler running time, {topology}", FigureBuilder.XLabel(scenario), "Scheduler wall-clock time (ms)", series)
        {
            Styles = SeriesStyles.Of(results),
        };
    }
}
