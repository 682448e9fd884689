using System.Text.RegularExpressions;
using EdgeLearnSim.Cli;

namespace EdgeLearnSim.Experiments.Tests.Robustness;

/// <summary>Runs the real command line in-process with stdout and stderr captured, and checks the documented error shape.</summary>
internal static partial class CliHarness
{
    public static CliResult Run(params string[] args)
    {
        var (exit, output, error) = CapturedConsole.Run(() => CommandLineApp.Run(args));
        return new CliResult(exit, output, error);
    }

    /// <summary>
    /// <c>error: FILE:LINE:COL: problem</c>, <c>error: FILE: FIELD: problem</c> (FIELD a dotted scenario key or an
    /// option, without spaces), <c>error: --option: problem</c>, or <c>error: FILE: problem</c> for a whole file
    /// (FILE then has a folder or an extension).
    /// </summary>
    [GeneratedRegex(@"^error: (?:(?<file>[^:]+):(?<line>\d+):(?<column>\d+)|(?<file>[^:]+): (?<field>-{0,2}[A-Za-z_][A-Za-z0-9_.\-]*)|(?<field>--[a-z\-]+)|(?<file>[^:\s]*(?:/|\.[A-Za-z]+)[^:\s]*)): \S.*$")]
    public static partial Regex ErrorLine();

    /// <summary>Every stderr line of a failed command: one line per problem in the documented shape, no stack trace.</summary>
    public static IReadOnlyList<Match> AssertErrorShape(CliResult result)
    {
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        var matches = new List<Match>();
        foreach (var line in lines)
        {
            var match = ErrorLine().Match(line);
            Assert.True(match.Success, $"not in the documented error shape: {line}");
            matches.Add(match);
        }
        return matches;
    }
}

/// <summary>What a command returned and printed.</summary>
internal sealed record CliResult(int Exit, string Output, string Error);
