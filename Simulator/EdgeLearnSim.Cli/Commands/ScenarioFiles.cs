using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Cli.Commands;

/// <summary>Loads scenario files for a command, printing every problem of every file before failing with exit code 2.</summary>
internal static class ScenarioFiles
{
    /// <summary>The scenarios, or null after printing all problems to <paramref name="error"/>.</summary>
    public static IReadOnlyList<Scenario>? Load(IEnumerable<string> paths, ExperimentToolkit toolkit, TextWriter error)
    {
        var scenarios = new List<Scenario>();
        var problems = new List<InvalidInputException>();
        foreach (var path in paths)
        {
            var result = ScenarioReader.Load(path, toolkit.Schedulers, toolkit.Kinds);
            problems.AddRange(result.Problems);
            if (result.IsValid)
            {
                scenarios.Add(result.Scenario!);
            }
        }
        foreach (var duplicate in scenarios.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new InvalidInputException(duplicate.Last().SourcePath, $"scenario name '{duplicate.Key}' is used by another file of this run; output folders would collide"));
        }
        foreach (var problem in problems)
        {
            error.WriteLine($"error: {problem.Message}");
        }
        return problems.Count == 0 ? scenarios : null;
    }
}
