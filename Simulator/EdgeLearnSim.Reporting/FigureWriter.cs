using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Reporting.Figures;

namespace EdgeLearnSim.Reporting;

/// <summary>Writes the figures of a scenario (Figs. 4–6 per topology, and the accuracy curve of Fig. 3).</summary>
public sealed class FigureWriter : IScenarioOutputWriter
{
    public void Write(ScenarioResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var figure in FigureBuilder.Build(results))
        {
            FigureRenderer.Save(figure, results.Folder);
        }
        FigureRenderer.Save(AccuracyFigure.Build(results.Scenario.Points[0].Settings.Instance.Accuracy), results.Folder);
    }
}
