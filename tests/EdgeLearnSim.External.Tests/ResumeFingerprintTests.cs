using EdgeLearnSim.External.Tests.Support;

namespace EdgeLearnSim.External.Tests;

/// <summary>
/// A results folder means one scenario: after any change to what a cell reads (its bounds, a topology or scheduler
/// parameter, the uplink policy, the content of a bandwidth trace, an outage file or an external program's script)
/// <c>--resume</c> recomputes the stale cells, names why, and ends with the runs.csv of a fresh run of the changed
/// scenario; while a change nothing reads (an unchanged file, a new description, more replications) recomputes nothing.
/// </summary>
public sealed class ResumeFingerprintTests : IDisposable
{
    // The unchanged scenario's runs.csv, computed once for every case of the theory.
    private static readonly Lazy<byte[]> UnchangedRuns = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("els-resume-unchanged-").FullName;
        try
        {
            var unchanged = Setup(folder, "unchanged");
            Assert.Equal(0, ToolCommand.Run("run", unchanged.Scenario, "--out", unchanged.Output).Exit);
            return File.ReadAllBytes(Path.Combine(unchanged.Output, "resume", "runs.csv"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    private readonly string folder = Directory.CreateTempSubdirectory("els-resume-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, string, string> Changes => new()
    {
        { "bounds", "bounds: [flow]", "bounds: [flow, lagrangian]" },
        { "topology", "max_edges_per_device: 3", "max_edges_per_device: 2" },
        { "scheduler", "rounds: 20", "rounds: 1" },
        { "policy", "policy: fifo", "policy: fair-share" },
        { "trace.txt", "1 400", "1 200" },
        { "outages.txt", "1 2.0 3.5", "1 0.5 3.5" },
        { "scheduler.py", "key=lambda task: (-keys[task], task)", "key=lambda task: (keys[task], task)" },
    };

    [PythonTheory]
    [MemberData(nameof(Changes))]
    public void ResumeAfterAChange_RecomputesTheStaleCells_AndEqualsAFreshRun(string what, string before, string after)
    {
        var original = Setup("kept");
        Assert.Equal(0, ToolCommand.Run("run", original.Scenario, "--out", original.Output).Exit);
        File.Delete(Directory.GetFiles(Path.Combine(original.Output, "resume", "cells"), "*.csv").Order(StringComparer.Ordinal).First());
        var file = what.Contains('.', StringComparison.Ordinal) ? Path.Combine(original.Folder, what) : original.Scenario;
        var text = File.ReadAllText(file);
        Assert.Contains(before, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(before, after, StringComparison.Ordinal));

        var resumed = ToolCommand.Run("run", original.Scenario, "--out", original.Output, "--resume");
        Assert.True(resumed.Exit == 0, resumed.Error);
        // A topology parameter is read by that topology's cells alone; everything else by every cell.
        var note = System.Text.RegularExpressions.Regex.Match(resumed.Error, @"resume: (\d+) of 4 cells recomputed in resume: 1 missing; (\d+) stale \(");
        Assert.True(note.Success, resumed.Error);
        var stale = int.Parse(note.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1 + stale, int.Parse(note.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        if (what == "topology")
        {
            Assert.InRange(stale, 1, 2);
        }
        else
        {
            Assert.Equal(3, stale);
        }
        Assert.Contains(file != original.Scenario ? $"{what} changed" : what == "scheduler" ? "scheduler annealing changed" : " changed", resumed.Error, StringComparison.Ordinal);

        var fresh = Setup("fresh");
        File.Copy(file, Path.Combine(fresh.Folder, Path.GetFileName(file)), overwrite: true);
        Assert.Equal(0, ToolCommand.Run("run", fresh.Scenario, "--out", fresh.Output).Exit);
        var changedRuns = File.ReadAllBytes(Path.Combine(fresh.Output, "resume", "runs.csv"));
        Assert.Equal(changedRuns, File.ReadAllBytes(Path.Combine(original.Output, "resume", "runs.csv")));
        // The change mattered: the same scenario before it gives other rows.
        if (what != "bounds")
        {
            Assert.NotEqual(changedRuns, UnchangedRuns.Value);
        }
    }

    [PythonFact]
    public void ResumeAfterNoChange_ANewDescription_OrMoreReplications_RecomputesNothing()
    {
        var setup = Setup("same");
        Assert.Equal(0, ToolCommand.Run("run", setup.Scenario, "--out", setup.Output).Exit);
        var runs = File.ReadAllBytes(Path.Combine(setup.Output, "resume", "runs.csv"));

        var again = ToolCommand.Run("run", setup.Scenario, "--out", setup.Output, "--resume");
        Assert.Contains("resume: 0 of 4 cells recomputed in resume", again.Error, StringComparison.Ordinal);
        Assert.Equal(runs, File.ReadAllBytes(Path.Combine(setup.Output, "resume", "runs.csv")));

        File.WriteAllText(setup.Scenario, File.ReadAllText(setup.Scenario).Replace("description: first", "description: second", StringComparison.Ordinal));
        Assert.Contains("resume: 0 of 4 cells recomputed in resume", ToolCommand.Run("run", setup.Scenario, "--out", setup.Output, "--resume").Error, StringComparison.Ordinal);

        File.WriteAllText(setup.Scenario, File.ReadAllText(setup.Scenario).Replace("replications: 1", "replications: 2", StringComparison.Ordinal));
        var more = ToolCommand.Run("run", setup.Scenario, "--out", setup.Output, "--resume");
        Assert.Contains("resume: 4 of 8 cells recomputed in resume: 4 missing", more.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("stale", more.Error, StringComparison.Ordinal);
    }

    private (string Folder, string Scenario, string Output) Setup(string name) => Setup(folder, name);

    private static (string Folder, string Scenario, string Output) Setup(string parent, string name)
    {
        var root = Path.Combine(parent, name);
        Directory.CreateDirectory(root);
        File.Copy(RepositoryFiles.Path("examples/python/lpt_scheduler.py"), Path.Combine(root, "scheduler.py"));
        File.WriteAllText(Path.Combine(root, "trace.txt"), "0 800\n1 400\n2.5 1200\n");
        File.WriteAllText(Path.Combine(root, "outages.txt"), "# edge start end\n0 0.5 1.5\n1 2.0 3.5\n");
        var scenario = Path.Combine(root, "resume.yaml");
        File.WriteAllText(scenario, """
            name: resume
            description: first
            seed: 4
            replications: 1
            instance:
              tasks: 30
              edges: 3
              arrivals: {poisson: {rate_per_second: 20}}
            topologies: [fully-connected, {one-to-more: {max_edges_per_device: 3}}]
            schedulers:
              - {name: annealing, rounds: 20, initial-temperature-fraction: 0.5}
              - {name: external, label: py-lpt, command: [python3, scheduler.py]}
            bounds: [flow]
            simulation:
              policy: fifo
              bandwidth_traces: {files: [trace.txt], mode: repeat}
              outages: {file: outages.txt}
            sweep:
              instance.bandwidth_mbps: [{uniform: [100, 1000]}, {constant: 500}]
            """);
        return (root, scenario, Path.Combine(root, "out"));
    }
}
