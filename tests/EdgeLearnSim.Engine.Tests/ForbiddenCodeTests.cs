namespace EdgeLearnSim.Engine.Tests;

/// <summary>Keeps the engine deterministic and free of I/O by scanning its source for calls that would break that.</summary>
public sealed class ForbiddenCodeTests
{
    private static readonly string[] Forbidden =
    [
        "new Random(",
        "System.Random.Shared",
        "DateTime.Now",
        "DateTime.UtcNow",
        "Console.",
        ".GetHashCode()",
        "Environment.TickCount",
    ];

    [Fact]
    public void EngineSource_UsesNoClockConsoleOrUnseededRandomness()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "EdgeLearnSim.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("EdgeLearnSim.sln not found above the test binaries.");
        }
        var files = Directory.GetFiles(Path.Combine(root, "Simulator", "EdgeLearnSim.Engine"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(files);

        var violations = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
            .Where(x => !x.line.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .SelectMany(x => Forbidden.Where(f => x.line.Contains(f, StringComparison.Ordinal)).Select(f => $"{x.file}:{x.index + 1}: {f}"))
            .ToArray();

        Assert.Empty(violations);
    }
}
