using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Reporting.Report;

namespace EdgeLearnSim.Reporting;

/// <summary>
/// Writes report.md from the run rows (see <see cref="ReportModel"/> and <see cref="MarkdownReport"/>), linking the
/// figures the writers before it wrote (<see cref="FigureWriter"/>).
/// </summary>
public sealed class ReportWriter : IScenarioOutputWriter
{
    public IReadOnlyList<WrittenFile> Write(ScenarioResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var path = Path.Combine(results.Folder, "report.md");
        AtomicFile.WriteAllText(path, MarkdownReport.Render(ReportModel.Build(results)));
        return [new WrittenFile(path)];
    }
}
