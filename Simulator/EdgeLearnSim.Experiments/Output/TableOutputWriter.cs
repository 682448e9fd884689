using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Experiments.Output;

/// <summary>Writes <c>runs.csv</c>, <c>timings.csv</c>, <c>summary.csv</c> and <c>failures.csv</c>.</summary>
public sealed class TableOutputWriter : IScenarioOutputWriter
{
    public IReadOnlyList<WrittenFile> Write(ScenarioResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var axes = results.Scenario.Sweep;
        return
        [
            Write(results.Folder, "runs.csv", RunsCsv.Runs(axes, results.Rows)),
            Write(results.Folder, "timings.csv", RunsCsv.Timings(axes, results.Rows)),
            Write(results.Folder, "summary.csv", SummaryCsv.Write(results.Scenario, results.Summary)),
            Write(results.Folder, FailuresCsv.FileName, FailuresCsv.Write(results.Failures)),
        ];
    }

    private static WrittenFile Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        AtomicFile.WriteAllText(path, text);
        return new WrittenFile(path);
    }
}
