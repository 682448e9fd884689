
namespace EdgeLearnSim.Experiments.Tests;

/// <summary>The libraries stay pure: no console output, no unseeded randomness, no clock-dependent output (only the CLI prints).</summary>
public sealed class ForbiddenCodeTests
{
    private static readonly string[] Forbidden = ["Console.", "new Random(", "Random.Shared", "DateTime.Now", "DateTime.UtcNow", "GetHashCode()"];

    [Theory]
    [InlineData("Simulator/EdgeLearnSim.Core")]
    [InlineData("Simulator/EdgeLearnSim.Solvers")]
    [InlineData("Simulator/EdgeLearnSim.Experiments")]
    [InlineData("Simulator/EdgeLearnSim.Reporting")]
    [InlineData("Simulator/EdgeLearnSim.External")]
    [InlineData("Simulator/EdgeLearnSim.Testbed")]
    public void Library_UsesNoForbiddenCalls(string project)
    {
        var root = RepositoryFiles.Root;
        var files = Directory.GetFiles(Path.Combine(root, project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(files);
        var hits = files.SelectMany(f => File.ReadLines(f).Select((line, k) => (f, k, line)))
            .Where(x => Forbidden.Any(token => x.line.Contains(token, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(root, x.f)}:{x.k + 1}: {x.line.Trim()}")
            .ToArray();
        Assert.True(hits.Length == 0, string.Join("\n", hits));
    }

}
