using System.Diagnostics;
using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;
using Xunit.Abstractions;

namespace EdgeLearnSim.Experiments.Tests.Robustness;

/// <summary>
/// Faults mid-run with the real tool: a child process killed with SIGKILL at seeded random moments leaves only
/// complete files and <c>--resume</c> finishes with the same <c>runs.csv</c> bytes as an uninterrupted run; SIGINT
/// stops with exit 130 keeping every completed cell; a scheduler cut by its wall-clock limit still gives its row.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class FaultTests(ITestOutputHelper output) : IDisposable
{
    // Long enough per cell (about 0.1 s serially, mostly annealing) that a kill lands mid-run even on a quiet machine.
    private const string Scenario = """
        name: faults
        seed: 5
        replications: 4
        instance: {tasks: 60, edges: 5}
        topologies: [one-to-one, one-to-more, fully-connected]
        schedulers: [random, greedy, {name: annealing, rounds: 3000}, lst]
        sweep:
          instance.tasks: [200, 400]
        """;

    private const int Cells = 24;
    private const int Kills = 6;
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromSeconds(120);

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Out(string name) => Path.Combine(folder.Path, name);

    private (string Scenario, byte[] Runs, TimeSpan Duration) Reference()
    {
        var scenario = folder.Write("faults.yaml", Scenario);
        var clock = Stopwatch.StartNew();
        var result = CliHarness.Run("run", scenario, "--out", Out("reference"), "--parallel", "2");
        Assert.Equal(0, result.Exit);
        return (scenario, File.ReadAllBytes(Path.Combine(Out("reference"), "faults", "runs.csv")), clock.Elapsed);
    }

    [Fact]
    public void KilledRun_LeavesOnlyCompleteFiles_AndResumeGivesTheSameRuns()
    {
        var (scenario, reference, duration) = Reference();
        var random = new Xoshiro256StarStar(StableSeed.ToInt32(StableSeed.Derive(11, "kill-moments")), threadSafe: false);
        var midRun = 0;
        var killed = 0;
        var keptCells = new List<int>();
        for (var k = 0; k < Kills; k++)
        {
            var target = Out($"killed-{k}");
            using (var child = new ChildRun(folder.Path, "run", scenario, "--out", target, "--parallel", "1"))
            {
                // The moment: after a random number of reported cells (0 = during start-up), plus up to 50 ms, so the
                // kill lands while cells are being computed and written, or while the report is rendered.
                var after = random.Next(Cells + 1);
                var pause = TimeSpan.FromMilliseconds(50 * random.NextDouble());
                var waited = Stopwatch.StartNew();
                while (child.CompletedCells < after && !child.HasExited && waited.Elapsed < ChildTimeout)
                {
                    Thread.Sleep(5);
                }
                Thread.Sleep(pause);
                if (!child.HasExited)
                {
                    child.KillHard();
                    killed++;
                }
                child.WaitForExit(ChildTimeout);
            }
            var cells = AssertOnlyCompleteFiles(Path.Combine(target, "faults"));
            keptCells.Add(cells);
            if (cells is > 0 and < Cells)
            {
                midRun++;
            }
            Assert.Equal(0, CliHarness.Run("run", scenario, "--out", target, "--resume", "--parallel", "2").Exit);
            Assert.Equal(reference, File.ReadAllBytes(Path.Combine(target, "faults", "runs.csv")));
            Assert.Empty(TemporaryFiles(target));
        }
        output.WriteLine($"SIGKILL: {killed} of {Kills} children killed, {midRun} between cells; cells kept at the kill: {string.Join(", ", keptCells)} of {Cells}; runs.csv after --resume identical every time (uninterrupted in-process run {duration.TotalSeconds:0.0} s)");
        Assert.True(midRun >= Kills / 2, $"only {midRun} of {Kills} kills landed between the first and the last cell");
    }

    [Fact]
    public void Interrupt_ExitsOneThirtyKeepingCompletedCells_AndResumeFinishes()
    {
        var (scenario, reference, _) = Reference();
        var target = Out("interrupted");
        int exit;
        string error;
        using (var child = new ChildRun(folder.Path, "run", scenario, "--out", target, "--parallel", "1"))
        {
            var waited = Stopwatch.StartNew();
            while (child.CompletedCells < 2 && !child.HasExited && waited.Elapsed < ChildTimeout)
            {
                Thread.Sleep(20);
            }
            Assert.False(child.HasExited, "the run ended before it could be interrupted");
            child.Interrupt();
            exit = child.WaitForExit(ChildTimeout);
            error = child.Error;
        }
        Assert.Equal(130, exit);
        Assert.Contains("interrupted", error, StringComparison.Ordinal);
        var cells = AssertOnlyCompleteFiles(Path.Combine(target, "faults"));
        Assert.InRange(cells, 2, Cells - 1);
        Assert.False(File.Exists(Path.Combine(target, "faults", "runs.csv")));
        var resumed = CliHarness.Run("run", scenario, "--out", target, "--resume", "--parallel", "2");
        Assert.Equal(0, resumed.Exit);
        Assert.Equal(cells, resumed.Output.Split('\n').Count(l => l.Contains("] kept ", StringComparison.Ordinal)));
        Assert.Equal(reference, File.ReadAllBytes(Path.Combine(target, "faults", "runs.csv")));
        output.WriteLine($"SIGINT: exit 130 after {cells} of {Cells} cells; --resume kept them and reproduced runs.csv");
    }

    [Fact]
    public void SchedulerOverItsWallClockLimit_KeepsItsBestAssignment_MarkedInTimings()
    {
        var scenario = folder.Write("limit.yaml", """
            name: limit
            seed: 3
            instance: {tasks: 400, edges: 10}
            topologies: [fully-connected]
            schedulers: [greedy, annealing]
            limits: {scheduler_seconds: 0.000001}
            """);
        var result = CliHarness.Run("run", scenario, "--out", Out("limit"));
        Assert.Equal(0, result.Exit);
        var timings = File.ReadAllLines(Path.Combine(Out("limit"), "limit", "timings.csv"));
        Assert.EndsWith(",exit,iterations", timings[0], StringComparison.Ordinal);
        Assert.Contains(timings, l => l.Contains(",annealing,", StringComparison.Ordinal) && l.Split(',')[^2] == "WallClockLimit" && long.Parse(l.Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture) >= 0);
        var runs = File.ReadAllLines(Path.Combine(Out("limit"), "limit", "runs.csv"));
        Assert.DoesNotContain("WallClockLimit", string.Join('\n', runs), StringComparison.Ordinal);
        var header = runs[0].Split(',');
        var annealing = runs.Single(l => l.Contains(",annealing,", StringComparison.Ordinal)).Split(',');
        var makespan = double.Parse(annealing[Array.IndexOf(header, "weighted_makespan")], System.Globalization.CultureInfo.InvariantCulture);
        var bound = double.Parse(annealing[Array.IndexOf(header, "lower_bound")], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(double.IsFinite(makespan) && makespan >= bound * (1 - 1e-12), $"makespan {makespan} vs lower bound {bound}");
    }

    /// <summary>Every result file parses completely; temporary files are not results. Returns the number of stored cells.</summary>
    private static int AssertOnlyCompleteFiles(string scenarioFolder)
    {
        if (!Directory.Exists(scenarioFolder))
        {
            return 0;
        }
        var temporary = TemporaryFiles(scenarioFolder).ToHashSet(StringComparer.Ordinal);
        foreach (var csv in Directory.GetFiles(scenarioFolder, "*.csv", SearchOption.AllDirectories).Where(f => !temporary.Contains(f)))
        {
            ScenarioFuzzTests.AssertCompleteCsv(csv);
        }
        var cells = Path.Combine(scenarioFolder, "cells");
        return Directory.Exists(cells) ? Directory.GetFiles(cells, "*.csv").Count(f => !temporary.Contains(f)) : 0;
    }

    private static IEnumerable<string> TemporaryFiles(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).StartsWith('.') && f.EndsWith(".tmp", StringComparison.Ordinal))
            : [];
}
