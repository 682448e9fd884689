using System.Xml.Linq;

namespace EdgeLearnSim.Experiments.Tests.Repository;

/// <summary>
/// Scans the source of every project outside tests/ for calls that break determinism or purity: a run must depend
/// only on its scenario and seed, and only the programs (projects whose OutputType is Exe) talk to the user.
/// </summary>
public sealed class ForbiddenCodeTests
{
    private sealed record Rule(string Token, string Why, bool ProgramsMayUse = false);

    private static readonly Rule[] Forbidden =
    [
        new("new Random(", "draw from the replication's seeded stream instead"),
        new("Random.Shared", "draw from the replication's seeded stream instead"),
        new("GetHashCode()", "string and object hashes change from one process to the next"),
        new("DateTime.Now", "the local clock; results must not depend on when they were computed", ProgramsMayUse: true),
        new("DateTime.UtcNow", "the clock; results must not depend on when they were computed", ProgramsMayUse: true),
        new("Environment.TickCount", "the clock; results must not depend on when they were computed", ProgramsMayUse: true),
        new("Console.", "only the programs print; libraries report through return values and callbacks", ProgramsMayUse: true),
    ];

    [Fact]
    public void Sources_UseNoForbiddenCalls()
    {
        var root = RepositoryFiles.Root;
        var projects = Directory.GetFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !IsUnder(root, p, "tests") && !IsUnder(root, p, "bin") && !IsUnder(root, p, "obj"))
            .ToArray();
        Assert.Contains(projects, p => Path.GetFileName(p) == "EdgeLearnSim.Engine.csproj");
        Assert.Contains(projects, p => Path.GetFileName(p) == "EdgeLearnSim.Cli.csproj");

        var hits = new List<string>();
        foreach (var project in projects)
        {
            var isProgram = XDocument.Load(project).Descendants("OutputType").Any(e => e.Value.Trim() == "Exe");
            var rules = Forbidden.Where(rule => !(isProgram && rule.ProgramsMayUse)).ToArray();
            var sources = Directory.GetFiles(Path.GetDirectoryName(project)!, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsUnder(root, f, "obj") && !IsUnder(root, f, "bin"));
            hits.AddRange(sources
                .SelectMany(f => File.ReadLines(f).Select((line, k) => (f, k, line)))
                .Where(x => !x.line.TrimStart().StartsWith("///", StringComparison.Ordinal))
                .SelectMany(x => rules.Where(rule => x.line.Contains(rule.Token, StringComparison.Ordinal))
                    .Select(rule => $"{Path.GetRelativePath(root, x.f)}:{x.k + 1}: {rule.Token} ({rule.Why})")));
        }
        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }

    private static bool IsUnder(string root, string path, string folder) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Contains(folder);
}
