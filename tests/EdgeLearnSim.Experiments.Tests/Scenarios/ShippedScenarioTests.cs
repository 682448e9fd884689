using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Solvers;

namespace EdgeLearnSim.Experiments.Tests.Scenarios;

/// <summary>Every scenario shipped in Scenarios/, and the commented example of Scenarios/SCHEMA.md, is valid against the real registry.</summary>
public sealed class ShippedScenarioTests
{
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EdgeLearnSim.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Repository root not found.");
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root(), "Scenarios"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ShippedScenario_IsValidAndOpensWithItsQuestion(string file)
    {
        var path = Path.Combine(Root(), "Scenarios", file);
        var result = ScenarioReader.Load(path, SchedulerCatalog.Default, EdgeLearnSim.Cli.Composition.DefaultToolkit.Kinds);
        Assert.True(result.IsValid, string.Join("\n", result.Problems.Select(p => p.Message)));
        Assert.StartsWith("#", File.ReadLines(path).First(), StringComparison.Ordinal);
        Assert.NotEmpty(CellPlan.Enumerate(result.Scenario!));
    }

    [Fact]
    public void PaperScenario_MatchesSectionV()
    {
        var paper = ScenarioReader.Load(Path.Combine(Root(), "Scenarios", "paper.yaml"), SchedulerCatalog.Default).GetOrThrow();
        Assert.Equal("paper", paper.Name);
        Assert.Equal(20, paper.Replications);
        Assert.Equal(["one-to-one", "one-to-more", "fully-connected"], paper.Topologies.Select(t => t.Name));
        Assert.Equal([100, 200, 300, 400, 500, 600], paper.Points.Select(p => p.Settings.Instance.Tasks));
        Assert.All(paper.Points, p => Assert.Equal(10, p.Settings.Instance.Edges));
        Assert.Superset(new HashSet<string> { "random", "multi-phase", "lp-rounding", "annealing", "lst", "greedy" }, paper.Schedulers.Select(s => s.Name).ToHashSet());
        Assert.DoesNotContain(paper.Schedulers, s => s.Name == "exact");
    }

    [Fact]
    public void SchemaExample_IsValid()
    {
        var markdown = File.ReadAllLines(Path.Combine(Root(), "Scenarios", "SCHEMA.md"));
        var start = Array.IndexOf(markdown, "```yaml");
        var end = Array.IndexOf(markdown, "```", start + 1);
        Assert.True(start >= 0 && end > start);
        // Written beside the shipped scenarios so its relative trace path resolves the same way.
        var path = Path.Combine(Root(), "Scenarios", $".schema-example-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllLines(path, markdown[(start + 1)..end]);
            var result = ScenarioReader.Load(path, SchedulerCatalog.Default, EdgeLearnSim.Cli.Composition.DefaultToolkit.Kinds);
            Assert.True(result.IsValid, string.Join("\n", result.Problems.Select(p => p.Message)));
            Assert.Equal(12, result.Scenario!.Points.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
