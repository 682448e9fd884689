using System.Globalization;
using EdgeLearnSim.Cli.Composition;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Reporting;
using EdgeLearnSim.Reporting.Figures;

namespace EdgeLearnSim.Reporting.Tests.Reporting;

/// <summary>A small outage sweep through the real simulator and writers: the report is about the outages, paired across points.</summary>
public sealed class DynamicReportTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void OutageSweep_PairsPointsByCell_AndReportsWhatFailuresCost()
    {
        var path = folder.Write("failures.yaml", """
            name: failures
            seed: 4
            replications: 3
            topologies: [fully-connected]
            schedulers: [random, greedy]
            instance: {tasks: 40, edges: 4}
            simulation:
              outages: {mean_up_seconds: 30, mean_down_seconds: 5}
            sweep:
              simulation.outages.mean_up_seconds: [400, 2]
            """);
        var toolkit = DefaultToolkit.Create();
        var scenario = ScenarioReader.Load(path, toolkit.Schedulers, toolkit.Kinds).GetOrThrow();
        var runner = new BatchRunner(toolkit, [new TableOutputWriter(), new FigureWriter(), new ReportWriter()], ToolInfo.Unknown);
        var outcome = runner.Run([scenario], new BatchOptions { OutputRoot = folder.Path, Parallelism = 2 }, null, default);
        Assert.Empty(outcome.Failures);
        var results = runner.Render(scenario, folder.Path);

        var lines = File.ReadAllLines(Path.Combine(results.Folder, "runs.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        string Field(string[] row, string name) => row[Array.IndexOf(header, name)];
        double Number(string[] row, string name) => double.Parse(Field(row, name), CultureInfo.InvariantCulture);
        var point = "param.simulation.outages.mean_up_seconds";
        // Common random numbers: the same cell at both points has the same instance and plan.
        foreach (var pair in rows.GroupBy(r => (Field(r, "scheduler"), Field(r, "replication"))))
        {
            Assert.Single(pair.Select(r => Field(r, "seed")).Distinct());
            Assert.Single(pair.Select(r => Field(r, "weighted_makespan")).Distinct());
        }
        Assert.All(rows, r => Assert.Equal(("0", "0"), (Field(r, "tasks_lost"), Field(r, "tasks_duplicated"))));
        Assert.All(rows, r => Assert.True(Number(r, "completion_p95") >= Number(r, "completion_p50")));
        Assert.All(rows, r => Assert.InRange(Number(r, "utilisation_mean"), 0, 1));
        var harsh = rows.Where(r => Field(r, point) == "2").Sum(r => Number(r, "redispatches"));
        var mild = rows.Where(r => Field(r, point) == "400").Sum(r => Number(r, "redispatches"));
        Assert.True(harsh > mild && harsh > 0, $"re-dispatches {harsh} at 2 s, {mild} at 400 s");

        var report = File.ReadAllText(Path.Combine(results.Folder, "report.md"));
        Assert.DoesNotContain("paper", report, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("cost of going from simulation.outages.mean_up_seconds=400 to simulation.outages.mean_up_seconds=2", report, StringComparison.Ordinal);
        Assert.Contains("the plans do not change across the sweep", report, StringComparison.Ordinal);
        Assert.Contains("and each sweep point against the sweep's first point, cell by cell (same topology and replication).", report, StringComparison.Ordinal);
        Assert.Contains("![Completion-time distribution at the last sweep point, fully-connected](completion-cdf-fully-connected.png)", report, StringComparison.Ordinal);

        // The CDF is the stored quantiles averaged level by level: it rises from 0 to 1 and ends at the mean largest completion time.
        var cdf = CompletionCdfFigure.Build(results, "fully-connected");
        var greedy = cdf.Series.Single(s => s.Name == "greedy");
        Assert.Equal(0.0, greedy.Mean[0]);
        Assert.Equal(1.0, greedy.Mean[^1]);
        Assert.True(greedy.X.Zip(greedy.X.Skip(1)).All(p => p.First <= p.Second));
        var longest = results.Rows.Where(r => r.Scheduler == "greedy" && r.Parameters[0] == "2").Average(r => r.CompletionQuantiles[^1]);
        Assert.Equal(longest, greedy.X[^1], 9);
        Assert.True(File.Exists(Path.Combine(results.Folder, "redispatches-fully-connected.png")));

        // The representative cell (last point, first topology, r0) keeps the timeline of greedy's run beside its rows.
        var timeline = results.Timeline!;
        Assert.Equal("failures/simulation.outages.mean_up_seconds=2/fully-connected/r0", timeline.CellId);
        Assert.Equal("greedy", timeline.Scheduler);
        Assert.Equal(Experiments.Results.CellTimeline.Steps + 1, timeline.Timeline.Times.Count);
        Assert.Contains(timeline.Timeline.Edges, e => e.Up.Contains(false));
        var row = results.Rows.Single(r => r.Scheduler == "greedy" && r.Parameters[0] == "2" && r.Replication == 0);
        Assert.Equal(row.SimulatedMakespan, timeline.Timeline.Times[^1], 9);
        Assert.Contains("![Gantt chart of the pipeline stages per edge](gantt-fully-connected.png)", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(results.Folder, "gantt-fully-connected.png")));
        // The Gantt chart shades exactly the outages the run saw, and every task's upload ends by the makespan.
        Assert.Contains(timeline.Bars, b => b.Lane == "down");
        Assert.All(timeline.Bars, b => Assert.True(b.End <= row.SimulatedMakespan * (1 + 1e-12)));
        Assert.Equal(40, timeline.Bars.Count(b => b.Lane == "upload"));
    }

    [Fact]
    public void ArrivalsWithoutOutages_DrawNoOutageOrRedispatchFigures()
    {
        var path = folder.Write("arrivals.yaml", """
            name: arrivals
            seed: 5
            replications: 1
            topologies: [fully-connected]
            schedulers: [greedy]
            instance: {tasks: 30, edges: 3, arrivals: {poisson: {rate_per_second: 5}}}
            """);
        var toolkit = DefaultToolkit.Create();
        var scenario = ScenarioReader.Load(path, toolkit.Schedulers, toolkit.Kinds).GetOrThrow();
        var runner = new BatchRunner(toolkit, [new TableOutputWriter(), new FigureWriter(), new ReportWriter()], ToolInfo.Unknown);
        Assert.Empty(runner.Run([scenario], new BatchOptions { OutputRoot = folder.Path, Parallelism = 1 }, null, default).Failures);
        var results = runner.Render(scenario, folder.Path);
        var report = File.ReadAllText(Path.Combine(results.Folder, "report.md"));

        Assert.True(scenario.IsDynamic);
        Assert.False(scenario.HasOutages);
        Assert.True(File.Exists(Path.Combine(results.Folder, "completion-fully-connected.png")));
        Assert.True(File.Exists(Path.Combine(results.Folder, "gantt-fully-connected.png")));
        Assert.False(File.Exists(Path.Combine(results.Folder, "redispatches-fully-connected.png")));
        Assert.DoesNotContain(results.Timeline!.Bars, b => b.Lane == "down");
        Assert.DoesNotContain("redispatches-fully-connected", report, StringComparison.Ordinal);
    }
}
