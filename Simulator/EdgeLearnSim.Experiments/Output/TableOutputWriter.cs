using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Experiments.Output;

/// <summary>Writes <c>runs.csv</c>, <c>timings.csv</c>, <c>summary.csv</c> and <c>failures.csv</c>.</summary>
public sealed class TableOutputWriter : IScenarioOutputWriter
{
    public void Write(ScenarioResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var axes = results.Scenario.Sweep;
        AtomicFile.WriteAllText(Path.Combine(results.Folder, "runs.csv"), RunsCsv.Runs(axes, results.Rows));
        AtomicFile.WriteAllText(Path.Combine(results.Folder, "timings.csv"), RunsCsv.Timings(axes, results.Rows));
        AtomicFile.WriteAllText(Path.Combine(results.Folder, "summary.csv"), SummaryCsv.Write(results.Scenario, results.Summary));
        AtomicFile.WriteAllText(Path.Combine(results.Folder, FailuresCsv.FileName), FailuresCsv.Write(results.Failures));
    }
}
