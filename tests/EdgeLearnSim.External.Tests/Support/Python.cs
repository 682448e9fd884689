using EdgeLearnSim.Core.Programs;

namespace EdgeLearnSim.External.Tests.Support;

/// <summary>Where python3 is, if anywhere on PATH: the examples and test programs need it.</summary>
internal static class Python
{
    public const string SkipReason = "python3 is not on PATH: the external-program tests run Python programs (.ci/run installs it).";

    public static bool Available { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(folder => File.Exists(Path.Combine(folder, "python3")));

    /// <summary>A program in the repository's <c>examples/python</c> folder, as a command.</summary>
    public static ExternalProgram Example(string label, string file, double seconds = 60) =>
        new(label, ["python3", RepositoryFiles.Path(Path.Combine("examples", "python", file))], TimeSpan.FromSeconds(seconds));

    /// <summary>A test program shipped beside the test binaries (<c>Programs/</c>), with arguments.</summary>
    public static ExternalProgram TestProgram(string label, double seconds, string file, params string[] arguments) =>
        new(label, ["python3", Path.Combine(AppContext.BaseDirectory, "Programs", file), .. arguments], TimeSpan.FromSeconds(seconds));
}
