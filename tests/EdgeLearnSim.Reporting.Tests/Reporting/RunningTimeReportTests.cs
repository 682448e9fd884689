using System.Globalization;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Tests.Support;
using EdgeLearnSim.Reporting;
using EdgeLearnSim.Reporting.Report;
using MathNet.Numerics.Distributions;

namespace EdgeLearnSim.Reporting.Tests.Reporting;

/// <summary>
/// A small paper-like run (stand-ins registered as annealing and lp-rounding) through the real writers: wall-clock numbers and the speed
/// verdict live only in the report's last section, the verdict is the paired time ratio recomputed from timings.csv,
/// and everything above that section does not move when the times do.
/// </summary>
public sealed class RunningTimeReportTests : IClassFixture<RunningTimeReportTests.Run>
{
    private readonly Run run;

    public RunningTimeReportTests(Run run) => this.run = run;

    public sealed class Run : IDisposable
    {
        private readonly TempFolder folder = new();

        public Run()
        {
            // The report knows the paper's schedulers by their registered names: the test's stand-ins under those names run in microseconds.
            var registry = TestToolkit.Registry();
            registry.Register(registry.Find("greedy") with { Name = PaperClaim.ClaimedSlower });
            registry.Register(registry.Find("random") with { Name = PaperClaim.ClaimedFaster });
            var path = folder.Write("speed.yaml", """
                name: speed
                seed: 3
                compare_with: paper
                replications: 5
                topologies: [one-to-more, fully-connected]
                schedulers:
                  - random
                  - lp-rounding
                  - annealing
                instance:
                  edges: 3
                sweep:
                  instance.tasks: [10, 20]
                """);
            var scenario = ScenarioReader.Load(path, registry).GetOrThrow();
            var runner = new BatchRunner(TestToolkit.Create() with { Schedulers = registry }, [new TableOutputWriter(), new FigureWriter(), new ReportWriter()], ToolInfo.Unknown);
            Assert.Empty(runner.Run([scenario], new BatchOptions { OutputRoot = folder.Path, Parallelism = 2 }, null, default).Failures);
            Results = runner.Render(scenario, folder.Path);
            Report = File.ReadAllText(Path.Combine(Results.Folder, "report.md"));
        }

        public ScenarioResults Results { get; }

        public string Report { get; }

        public void Dispose() => folder.Dispose();
    }

    [Fact]
    public void SpeedComparison_FindsThePapersSchedulersByName_WhateverTheirLabels()
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal) { [PaperClaim.ClaimedFaster] = "sa", [PaperClaim.ClaimedSlower] = "lp" };
        string Relabel(string label) => labels.GetValueOrDefault(label, label);
        var scenario = run.Results.Scenario with { Schedulers = [.. run.Results.Scenario.Schedulers.Select(s => s with { Label = Relabel(s.Label) })] };
        RunRow[] rows = [.. run.Results.Rows.Select(r => r with
        {
            Values = [.. r.Values.Select((v, k) => RunColumns.All[k] == RunColumns.Scheduler ? RunValue.OfText(Relabel(v.Text)) : v)],
        })];
        var original = ReportModel.Build(run.Results).Speed!;
        var relabelled = ReportModel.Build(run.Results with { Scenario = scenario, Rows = rows, Summary = Summarizer.Summarize(scenario, rows) }).Speed;
        Assert.NotNull(relabelled);
        Assert.Equal(("sa", "lp"), (relabelled.Scheduler, relabelled.Baseline));
        Assert.Equal(original.Overall, relabelled.Overall);
    }

    [Fact]
    public void RunningTimeSection_IsTheLastSection_AndTheOnlyOneWithWallClockNumbers()
    {
        var lines = run.Report.Split('\n');
        var heading = Array.IndexOf(lines, MarkdownReport.RunningTimeHeading);
        Assert.True(heading > 0, "no running-time heading");
        Assert.Single(lines, l => l == MarkdownReport.RunningTimeHeading);
        Assert.DoesNotContain(lines.Skip(heading + 1), l => l.StartsWith("## ", StringComparison.Ordinal));
        var before = string.Join('\n', lines.Take(heading));
        Assert.DoesNotContain("scheduler-time-", before, StringComparison.Ordinal);
        Assert.Contains("so the last section, *Running time*, tests it on this run's times.", before, StringComparison.Ordinal);
        Assert.DoesNotContain("faster,", before, StringComparison.Ordinal);
        Assert.DoesNotContain("slower", before, StringComparison.Ordinal);
        Assert.Contains("![Scheduler running time, fully-connected](scheduler-time-fully-connected.png)", string.Join('\n', lines.Skip(heading)), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportBeforeTheRunningTime_DoesNotMoveWhenTheTimesDo()
    {
        // Another machine: every scheduler's time scaled by a factor that differs from row to row.
        var slower = run.Results with
        {
            Rows = [.. run.Results.Rows.Select((r, k) => r with { Timing = r.Timing with { SchedulerMilliseconds = r.Timing.SchedulerMilliseconds * (1.5 + (k % 7)) } })],
        };
        var original = MarkdownReport.Render(ReportModel.Build(run.Results));
        var rerun = MarkdownReport.Render(ReportModel.Build(slower));
        string Before(string report) => report[..report.IndexOf(MarkdownReport.RunningTimeHeading, StringComparison.Ordinal)];
        Assert.Equal(Before(original), Before(rerun));
        Assert.NotEqual(original, rerun);
    }

    [Fact]
    public void SpeedVerdict_IsThePairedTimeRatio_RecomputedFromTimingsCsv()
    {
        var lines = File.ReadAllLines(Path.Combine(run.Results.Folder, "timings.csv"));
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        var ratios = rows.Where(f => f[Col("scheduler")] == "annealing").Select(a =>
        {
            var lp = rows.Single(f => f[Col("scheduler")] == "lp-rounding" && f[Col("topology")] == a[Col("topology")]
                && f[Col("tasks")] == a[Col("tasks")] && f[Col("replication")] == a[Col("replication")]);
            return (Tasks: a[Col("tasks")], Log: Math.Log(Milliseconds(a) / Milliseconds(lp)));
        }).ToArray();
        double Milliseconds(string[] row) => double.Parse(row[Col("scheduler_ms")], CultureInfo.InvariantCulture);
        Assert.Equal(20, ratios.Length);

        var (mean, low, high) = GeometricMeanWithInterval([.. ratios.Select(r => r.Log)]);
        var verdict = high < 1 ? "on this machine `annealing` is faster, as the paper says."
            : low > 1 ? "on this machine `annealing` is slower, contrary to the paper."
            : "the interval contains 1, so this run shows `annealing` neither faster nor slower.";
        Assert.Contains(
            $"over the 20 cells where both ran, `annealing` took {Ratio(mean)} `lp-rounding`'s time (geometric mean of the per-cell ratios, 95% interval {Ratio(low)} to {Ratio(high)}): {verdict}",
            run.Report,
            StringComparison.Ordinal);
        foreach (var point in ratios.GroupBy(r => r.Tasks))
        {
            var (m, l, h) = GeometricMeanWithInterval([.. point.Select(r => r.Log)]);
            Assert.Contains($"| n={point.Key} | 10 | {Ratio(m)} | {Ratio(l)} to {Ratio(h)} |", run.Report, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0.5, SpeedVerdict.Faster, "on this machine `annealing` is faster, as the paper says.")]
    [InlineData(2.0, SpeedVerdict.Slower, "on this machine `annealing` is slower, contrary to the paper.")]
    [InlineData(1.0, SpeedVerdict.NotEstablished, "the interval contains 1, so this run shows `annealing` neither faster nor slower.")]
    public void SpeedVerdict_FollowsTheIntervalNotTheMeans(double factor, SpeedVerdict expected, string sentence)
    {
        // annealing's time is lp-rounding's times the factor, with a spread of ±10% that averages out over each point.
        var lp = run.Results.Rows.Where(r => r.Scheduler == "lp-rounding").ToDictionary(r => (r.Topology, r.Tasks, r.Replication), r => r.Timing.SchedulerMilliseconds);
        var rows = run.Results.Rows.Select(r => r.Scheduler != "annealing" ? r
            : r with { Timing = r.Timing with { SchedulerMilliseconds = lp[(r.Topology, r.Tasks, r.Replication)] * factor * (r.Replication % 2 == 0 ? 1.1 : 1 / 1.1) } });
        var model = ReportModel.Build(run.Results with { Rows = [.. rows] });
        Assert.Equal(expected, model.Speed!.Verdict);
        Assert.Contains(sentence, MarkdownReport.Render(model), StringComparison.Ordinal);
    }

    [Fact]
    public void RunsCutByTheWallClock_AreNamedAsTheExceptionToReproducibility()
    {
        Assert.Contains("a rerun of the scenario reproduces every other section exactly.", run.Report, StringComparison.Ordinal);
        var cut = run.Results with
        {
            Rows = [.. run.Results.Rows.Select((r, k) => k < 2 ? r with { Timing = r.Timing with { Exit = "WallClockLimit" } } : r)],
        };
        Assert.Contains(
            "a rerun of the scenario reproduces every other section exactly, except that 2 runs were cut by a wall-clock safety net (`WallClockLimit` in `timings.csv`), so their rows may differ on another machine.",
            MarkdownReport.Render(ReportModel.Build(cut)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceCheck_CutsTheReportAtTheRenderedHeading()
    {
        var script = File.ReadAllText(RepositoryFiles.Path(".ci/reference.sh"));
        Assert.Contains($"running_time_heading='{MarkdownReport.RunningTimeHeading}'", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Pairing_IsStatedOnceInTheIntroduction()
    {
        var findings = run.Report.IndexOf("## Findings", StringComparison.Ordinal);
        var statement = run.Report.IndexOf("**What is paired.**", StringComparison.Ordinal);
        Assert.InRange(statement, 0, findings);
        Assert.Equal(statement, run.Report.LastIndexOf("**What is paired.**", StringComparison.Ordinal));
        Assert.Contains("each scheduler against `random` cell by cell, and each sweep point against the sweep's first point", run.Report, StringComparison.Ordinal);
        Assert.DoesNotContain("same instances", run.Report, StringComparison.Ordinal);
    }

    private static (double Mean, double Low, double High) GeometricMeanWithInterval(double[] logs)
    {
        var mean = logs.Average();
        var sd = Math.Sqrt(logs.Sum(x => (x - mean) * (x - mean)) / (logs.Length - 1));
        var half = StudentT.InvCDF(0, 1, logs.Length - 1, 0.975) * sd / Math.Sqrt(logs.Length);
        return (Math.Exp(mean), Math.Exp(mean - half), Math.Exp(mean + half));
    }

    private static string Ratio(double value) => value.ToString(value >= 10 ? "0.0×" : "0.00×", CultureInfo.InvariantCulture);
}
