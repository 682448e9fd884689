namespace EdgeLearnSim.Cli.Tests.Commands;

/// <summary>
/// <c>solve --parameter NAME=VALUE</c> and <c>--uplink</c> in-process on a literature instance (n = 100, m = 10):
/// the names and checks of a scenario's scheduler entry, bad input as one <c>error: --option: …</c> line and exit 2.
/// Assertions look for their line among those captured: other test classes run commands on the same console meanwhile.
/// </summary>
public sealed class SolveCommandTests
{
    private static readonly string Instance = RepositoryFiles.Path("benchmarks/rcmax-fr2010/instances/U1a100_n100_m10_112.txt");

    private static (int Exit, string Output, string Error) Solve(params string[] options) =>
        CapturedConsole.Run(() => CommandLineApp.Run(["solve", Instance, .. options]));

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The one stderr line that names <paramref name="option"/>.</summary>
    private static string ErrorOf(string error, string option) =>
        Assert.Single(Lines(error), l => l.StartsWith($"error: {option}: ", StringComparison.Ordinal));

    [Fact]
    public void Parameter_DeclaredByTheScheduler_RunsIt()
    {
        // Names are case-insensitive, as in a scenario; a small budget keeps the run short.
        var (exit, output, error) = Solve("--scheduler", "local-search", "--parameter", "WORK=0.05", "--parameter", "destroy=4", "--uplink", "fair-share");
        Assert.True(exit == 0, error);
        Assert.Contains(Lines(output), l => l.StartsWith("makespan=", StringComparison.Ordinal) && l.Contains(" lower_bound=", StringComparison.Ordinal));
    }

    [Fact]
    public void Parameter_UnknownName_SuggestsTheNearestAndExitsTwo()
    {
        var (exit, _, error) = Solve("--scheduler", "local-search", "--parameter", "wrok=2");
        Assert.Equal(2, exit);
        Assert.Equal(
            "error: --parameter: scheduler 'local-search' has no parameter 'wrok' (did you mean 'work'? known: work, destroy, temperature)",
            ErrorOf(error, "--parameter"));
    }

    [Theory]
    [InlineData("work=lots", "expected a number for scheduler parameter 'work', not 'lots'")]
    [InlineData("work", "expected NAME=VALUE such as work=2, not 'work'")]
    [InlineData("destroy=1.5", "must be a whole number")]
    public void Parameter_BadValue_ExitsTwoNamingTheOption(string parameter, string expected)
    {
        var (exit, _, error) = Solve("--scheduler", "local-search", "--parameter", parameter);
        Assert.Equal(2, exit);
        Assert.Contains(expected, ErrorOf(error, "--parameter"), StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_WithAllSchedulers_IsBadInput()
    {
        var (exit, _, error) = Solve("--scheduler", "all", "--parameter", "work=2");
        Assert.Equal(2, exit);
        Assert.Contains("not of 'all'", ErrorOf(error, "--parameter"), StringComparison.Ordinal);
    }

    [Fact]
    public void Uplink_UnknownPolicy_ExitsTwoListingTheValidOnes()
    {
        var (exit, _, error) = Solve("--scheduler", "greedy", "--uplink", "fair");
        Assert.Equal(2, exit);
        Assert.Contains("unknown uplink policy 'fair' (did you mean 'fifo'?); valid: fifo, fair-share", ErrorOf(error, "--uplink"), StringComparison.Ordinal);
    }
}
