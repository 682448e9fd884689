using EdgeLearnSim.External.Tests.Support;

namespace EdgeLearnSim.External.Tests;

/// <summary>
/// A failure costs only what failed: an external scheduler that fails on some cells loses its own rows there, the
/// study is still written from everything that finished (with failures.csv and the report naming the failures,
/// exit 1), and once the program is fixed <c>--resume</c> completes the run to a clean run's runs.csv. A sharded run
/// whose shards failed still merges.
/// </summary>
public sealed class FailingProgramStudyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("els-failing-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [PythonFact]
    public void AFailingExternalScheduler_KeepsTheStudy_AndResumeAfterTheFixCompletesIt()
    {
        var scenario = Setup(failing: true);
        var output = Path.Combine(folder, "out");
        var failed = ToolCommand.Run("run", scenario, "--out", output);
        Assert.Equal(1, failed.Exit);
        Assert.Contains("py-flaky failed: ", failed.Error, StringComparison.Ordinal);

        var study = Path.Combine(output, "flaky");
        var runs = File.ReadAllLines(Path.Combine(study, "runs.csv"));
        // 2 points × 2 topologies × 2 replications: greedy everywhere, py-flaky only where n = 10.
        Assert.Equal(8, runs.Count(l => l.Contains(",greedy,", StringComparison.Ordinal)));
        Assert.Equal(4, runs.Count(l => l.Contains(",py-flaky,", StringComparison.Ordinal)));
        Assert.All(runs.Where(l => l.Contains(",py-flaky,", StringComparison.Ordinal)), l => Assert.Equal("10", l.Split(',')[2]));
        Assert.True(File.Exists(Path.Combine(study, "summary.csv")));
        var failures = File.ReadAllLines(Path.Combine(study, "failures.csv"));
        Assert.Equal(1 + 4, failures.Length);
        Assert.All(failures.Skip(1), l => Assert.Contains("instance.tasks=20", l, StringComparison.Ordinal));
        Assert.All(failures.Skip(1), l => Assert.Contains("refusing twenty tasks", l, StringComparison.Ordinal));
        var report = File.ReadAllText(Path.Combine(study, "report.md"));
        Assert.Contains("## Failures", report, StringComparison.Ordinal);
        Assert.Contains("`py-flaky`", report, StringComparison.Ordinal);

        Setup(failing: false);
        var resumed = ToolCommand.Run("run", scenario, "--out", output, "--resume");
        Assert.True(resumed.Exit == 0, resumed.Error);
        Assert.Contains("4 with failures retried", resumed.Error, StringComparison.Ordinal);
        var clean = Path.Combine(folder, "clean");
        Assert.Equal(0, ToolCommand.Run("run", scenario, "--out", clean).Exit);
        Assert.Equal(File.ReadAllBytes(Path.Combine(clean, "flaky", "runs.csv")), File.ReadAllBytes(Path.Combine(study, "runs.csv")));
        Assert.Single(File.ReadAllLines(Path.Combine(study, "failures.csv")));
        Assert.DoesNotContain("## Failures", File.ReadAllText(Path.Combine(study, "report.md")), StringComparison.Ordinal);
    }

    [PythonFact]
    public void ShardsWithFailures_StillMerge_RenderingWhatFinished()
    {
        var scenario = Setup(failing: true);
        var output = Path.Combine(folder, "sharded");
        Assert.Equal(1, ToolCommand.Run("run", scenario, "--out", output, "--shard", "0/2").Exit);
        Assert.Equal(1, ToolCommand.Run("run", scenario, "--out", output, "--shard", "1/2").Exit);
        var merged = ToolCommand.Run("merge", output);
        Assert.Equal(1, merged.Exit);
        Assert.Contains("4 failure(s)", merged.Output, StringComparison.Ordinal);
        Assert.Equal(1 + 8 + 4, File.ReadAllLines(Path.Combine(output, "flaky", "runs.csv")).Length);
        Assert.Equal(1 + 4, File.ReadAllLines(Path.Combine(output, "flaky", "failures.csv")).Length);
    }

    private string Setup(bool failing)
    {
        var examples = RepositoryFiles.Path("examples/python");
        File.WriteAllText(Path.Combine(folder, "flaky.py"), $$"""
            import json, sys
            sys.path.insert(0, {{System.Text.Json.JsonSerializer.Serialize(examples)}})
            from lpt_scheduler import schedule
            request = json.load(sys.stdin)
            if {{(failing ? "True" : "False")}} and request["tasks"] == 20:
                print("refusing twenty tasks", file=sys.stderr)
                sys.exit(3)
            json.dump(schedule(request), sys.stdout)
            print()
            """);
        var scenario = Path.Combine(folder, "flaky.yaml");
        File.WriteAllText(scenario, """
            name: flaky
            seed: 6
            replications: 2
            instance: {tasks: 10, edges: 3}
            topologies: [one-to-more, fully-connected]
            schedulers:
              - greedy
              - {name: external, label: py-flaky, command: [python3, flaky.py]}
            sweep:
              instance.tasks: [10, 20]
            """);
        return scenario;
    }
}
