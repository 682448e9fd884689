using EdgeLearnSim.Core.Programs;

namespace EdgeLearnSim.External.Tests;

public sealed class ExternalProgramTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("els-resolve-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Resolve_MakesExistingRelativePathsAbsolute_AndLeavesProgramNamesAndOptions()
    {
        File.WriteAllText(Path.Combine(folder, "my_ilp.py"), "");
        Directory.CreateDirectory(Path.Combine(folder, "data"));

        var resolved = ExternalProgram.Resolve(["python3", "my_ilp.py", "--alpha", "0.5", "data", "missing.csv"], folder);

        Assert.Equal(["python3", Path.Combine(folder, "my_ilp.py"), "--alpha", "0.5", Path.Combine(folder, "data"), "missing.csv"], resolved);
    }

    [Fact]
    public void Resolve_FirstWordWithASlash_IsRelativeToTheFolder() =>
        Assert.Equal(Path.Combine(folder, "bin", "solver"), ExternalProgram.Resolve(["./bin/solver"], folder)[0]);

    [Fact]
    public void Program_RejectsAnEmptyCommandAndANonPositiveLimit()
    {
        Assert.Throws<ArgumentException>(() => new ExternalProgram("x", []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExternalProgram("x", ["python3"], TimeSpan.Zero));
    }
}
