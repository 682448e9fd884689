using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Reporting.Figures;

namespace EdgeLearnSim.Reporting;

/// <summary>
/// Writes the figures of a scenario: per topology every plotted run column (<see cref="FigureBuilder"/>), the
/// scheduler running times where the scenario compares with the paper, the completion-time CDF for dynamic
/// scenarios with the timeline of their representative cell, and the accuracy curve of Fig. 3.
/// </summary>
public sealed class FigureWriter : IScenarioOutputWriter
{
    public void Write(ScenarioResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var figure in FigureBuilder.Build(results))
        {
            FigureRenderer.Save(figure, results.Folder);
        }
        foreach (var figure in results.Timeline is { } timeline ? TimelineFigure.Build(timeline) : [])
        {
            FigureRenderer.Save(figure, results.Folder);
        }
        if (results.Timeline is { Bars.Count: > 0 } gantt)
        {
            GanttFigure.Save(gantt, results.Folder);
        }
        foreach (var topology in results.Scenario.Topologies.Select(t => t.Name))
        {
            if (results.Scenario.CompareWith == "paper")
            {
                FigureRenderer.Save(SchedulerTimeFigure.Build(results, topology), results.Folder);
            }
            if (results.Scenario.IsDynamic)
            {
                FigureRenderer.Save(CompletionCdfFigure.Build(results, topology), results.Folder);
            }
        }
        FigureRenderer.Save(AccuracyFigure.Build(results.Scenario.Points[0].Settings.Instance.Accuracy), results.Folder);
    }
}
