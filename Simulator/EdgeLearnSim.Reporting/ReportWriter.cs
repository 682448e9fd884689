using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Reporting.Report;

namespace EdgeLearnSim.Reporting;

/// <summary>Writes report.md from the run rows (see <see cref="ReportModel"/> and <see cref="MarkdownReport"/>).</summary>
public sealed class ReportWriter : IScenarioOutputWriter
{
    public void Write(ScenarioResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        AtomicFile.WriteAllText(Path.Combine(results.Folder, "report.md"), MarkdownReport.Render(ReportModel.Build(results)));
    }
}
