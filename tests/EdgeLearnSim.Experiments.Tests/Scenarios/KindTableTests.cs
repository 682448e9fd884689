using EdgeLearnSim.Cli.Composition;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Tests.Support;
using EdgeLearnSim.Solvers;

namespace EdgeLearnSim.Experiments.Tests.Scenarios;

/// <summary>Scenarios/SCHEMA.md lists every name the tool's registries hold, as <see cref="KindTable"/> renders them.</summary>
public sealed class KindTableTests
{
    [Fact]
    public void SchemaMd_ListsEveryRegisteredNameAsTheRegistriesDeclareIt()
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "Scenarios", "SCHEMA.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var table = KindTable.Markdown(SchedulerCatalog.Default, DefaultToolkit.Kinds);

        Assert.True(schema.Contains(table, StringComparison.Ordinal), $"Scenarios/SCHEMA.md should contain:\n{table}");
    }
}
