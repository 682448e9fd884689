using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Reporting.Figures;
using EdgeLearnSim.Reporting.Plots;

namespace EdgeLearnSim.Reporting;

/// <summary>
/// Writes the figures of a scenario: per topology every plotted run column (<see cref="FigureBuilder"/>), the
/// completion-time CDF for dynamic scenarios and the scheduler running times where the scenario compares with the
/// paper; the timeline of the representative cell; and the accuracy curve of Fig. 3. Each image is returned as a
/// <see cref="WrittenFigure"/> saying where the report links it.
/// </summary>
public sealed class FigureWriter : IScenarioOutputWriter
{
    private const string GanttCaption = "Gantt chart of the pipeline stages per edge";
    private const string AccuracyCaption = "Accuracy model";

    public IReadOnlyList<WrittenFile> Write(ScenarioResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var scenario = results.Scenario;
        var written = new List<WrittenFile>();
        void Save(FigureSpec figure, FigureSection section, string? topology = null) =>
            written.AddRange(Link(FigureRenderer.Save(figure, results.Folder), new WrittenFigure("", figure.Caption ?? figure.Title, section, topology) { LeftOut = figure.LeftOut }));
        // Kept in this order: an SVG's clip-path ids count the images the process drew before it, so reordering would
        // change the bytes of committed SVGs.
        foreach (var topology in scenario.Topologies.Select(t => t.Name))
        {
            foreach (var figure in FigureBuilder.Build(results, topology))
            {
                Save(figure, FigureSection.Topology, topology);
            }
        }
        if (results.Timeline is { } timeline)
        {
            foreach (var figure in TimelineFigure.Build(timeline))
            {
                Save(figure, FigureSection.Timeline);
            }
            if (timeline.Bars.Count > 0)
            {
                written.AddRange(Link(GanttFigure.Save(timeline, results.Folder), new WrittenFigure("", GanttCaption, FigureSection.Timeline)));
            }
        }
        foreach (var topology in scenario.Topologies.Select(t => t.Name))
        {
            if (scenario.CompareWith == "paper")
            {
                Save(SchedulerTimeFigure.Build(results, topology), FigureSection.RunningTime, topology);
            }
            if (scenario.IsDynamic)
            {
                Save(CompletionCdfFigure.Build(results, topology), FigureSection.Topology, topology);
            }
        }
        written.AddRange(Link(AccuracyCurvePlot.SaveModel(scenario.Points[0].Settings.Instance.Accuracy, results.Folder), new WrittenFigure("", AccuracyCaption, FigureSection.Accuracy)));
        return written;
    }

    // The image is what a report links; its SVG and CSV beside it are plain files.
    private static IEnumerable<WrittenFile> Link(IReadOnlyList<string> paths, WrittenFigure image) =>
        paths.Select(path => path.EndsWith(".png", StringComparison.Ordinal) ? image with { Path = path } : new WrittenFile(path));
}
