using System.Globalization;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Tests.Support;
using EdgeLearnSim.Reporting;
using EdgeLearnSim.Reporting.Figures;
using EdgeLearnSim.Reporting.Report;

namespace EdgeLearnSim.Reporting.Tests.Reporting;

/// <summary>Runs a reduced scenario through the real writers once and checks the figures' data and the report's numbers.</summary>
public sealed class ReportingTests : IClassFixture<ReportingTests.Run>
{
    private static readonly string[] FigureKinds = ["makespan", "stddev", "maxjobs", "simulated", "gap", "scheduler-time"];

    private static readonly string[] Extensions = [".png", ".svg", ".csv"];

    private readonly Run run;

    public ReportingTests(Run run) => this.run = run;

    public sealed class Run : IDisposable
    {
        private readonly TempFolder folder = new();

        public Run()
        {
            var path = folder.Write("reduced.yaml", """
                name: reduced
                seed: 11
                compare_with: paper
                replications: 4
                topologies: [one-to-one, fully-connected]
                schedulers: [random, greedy]
                instance:
                  edges: 3
                sweep:
                  instance.tasks: {from: 10, to: 30, step: 10}
                """);
            var scenario = ScenarioReader.Load(path, TestToolkit.Registry()).GetOrThrow();
            var runner = new BatchRunner(TestToolkit.Create(), [new TableOutputWriter(), new FigureWriter(), new ReportWriter()], ToolInfo.Unknown);
            runner.Run([scenario], new BatchOptions { OutputRoot = folder.Path, Parallelism = 2 }, null, default);
            Results = runner.Render(scenario, folder.Path);
        }

        public ScenarioResults Results { get; }

        public string Folder => Results.Folder;

        public void Dispose() => folder.Dispose();
    }

    [Fact]
    public void Run_WritesEveryOutputFile()
    {
        foreach (var stem in FigureKinds.SelectMany(k => new[] { $"{k}-one-to-one", $"{k}-fully-connected" }).Append("accuracy"))
        {
            foreach (var extension in Extensions)
            {
                Assert.True(File.Exists(Path.Combine(run.Folder, stem + extension)), stem + extension);
            }
            var png = File.ReadAllBytes(Path.Combine(run.Folder, stem + ".png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        }
        foreach (var file in new[] { "runs.csv", "timings.csv", "summary.csv", "provenance.yaml", "report.md" })
        {
            Assert.True(File.Exists(Path.Combine(run.Folder, file)), file);
        }
        Assert.Empty(Directory.GetFiles(run.Folder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Figures_GiveASchedulerOneColour_EvenWhereTheReferenceIsLeftOut()
    {
        var figures = FigureBuilder.Build(run.Results).Concat(run.Results.Scenario.Topologies.Select(t => SchedulerTimeFigure.Build(run.Results, t.Name))).ToArray();
        var gap = figures.Single(f => f.FileStem == "gap-fully-connected");
        Assert.Equal(["greedy"], gap.Series.Select(s => s.Name));
        var colours = figures.SelectMany(f => FigureRenderer.Draw(f).GetPlottables().OfType<ScottPlot.Plottables.Scatter>()
            .Select(line => (Scheduler: line.LegendText, line.Color))).Distinct().ToArray();
        // Left alone, greedy would be the gap figure's first series and take random's colour.
        Assert.Equal(["random", "greedy"], colours.Select(c => c.Scheduler));
        Assert.NotEqual(colours[0].Color, colours[1].Color);
    }

    [Fact]
    public void MakespanFigure_PlotsTheSummaryMeansPerScheduler()
    {
        var figure = FigureBuilder.Build(run.Results).Single(f => f.FileStem == "makespan-fully-connected");
        Assert.Equal("Number of tasks n", figure.XLabel);
        Assert.Contains("(s)", figure.YLabel, StringComparison.Ordinal);
        Assert.Equal(["random", "greedy"], figure.Series.Select(s => s.Name));
        var greedy = figure.Series[1];
        Assert.Equal([10.0, 20.0, 30.0], greedy.X);
        var rows = run.Results.Rows.Where(r => r.Topology == "fully-connected" && r.Scheduler == "greedy" && r.Tasks == 20).ToArray();
        Assert.Equal(4, rows.Length);
        Assert.Equal(rows.Average(r => r.WeightedMakespan), greedy.Mean[1], 12);
        Assert.All(greedy.Count, n => Assert.Equal(4, n));

        var plot = FigureRenderer.Draw(figure);
        Assert.Equal(4, plot.GetPlottables().Count());
        Assert.Equal("Number of tasks n", plot.Axes.Bottom.Label.Text);
        var limits = plot.Axes.GetLimits();
        Assert.Equal(10 - 1, limits.Left, 9);
        Assert.Equal(30 + 1, limits.Right, 9);
        var top = figure.Series.Max(s => s.Mean.Zip(s.HalfWidth, (m, h) => m + h).Max());
        var bottom = figure.Series.Min(s => s.Mean.Zip(s.HalfWidth, (m, h) => m - h).Min());
        Assert.Equal(top + (0.05 * (top - bottom)), limits.Top, 9);
        Assert.Equal(bottom - (0.05 * (top - bottom)), limits.Bottom, 9);

        var csv = File.ReadAllLines(Path.Combine(run.Folder, "makespan-fully-connected.csv"));
        Assert.Equal("series,x,mean,ci95_half_width,n", csv[0]);
        Assert.Equal(7, csv.Length);
    }

    [Fact]
    public void Report_NumbersRecomputedFromRunsCsv()
    {
        var lines = File.ReadAllLines(Path.Combine(run.Folder, "runs.csv"));
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        var rows = lines.Skip(1).Select(l => l.Split(',')).Select(f => (
            Topology: f[Col("topology")], Tasks: int.Parse(f[Col("tasks")], CultureInfo.InvariantCulture), Scheduler: f[Col("scheduler")],
            Replication: int.Parse(f[Col("replication")], CultureInfo.InvariantCulture),
            Makespan: double.Parse(f[Col("weighted_makespan")], CultureInfo.InvariantCulture),
            Gap: double.Parse(f[Col("gap_percent")], CultureInfo.InvariantCulture))).ToArray();
        var report = File.ReadAllText(Path.Combine(run.Folder, "report.md"));
        var checkedCells = 0;
        foreach (var group in rows.GroupBy(r => (r.Topology, r.Tasks)))
        {
            var random = group.Where(r => r.Scheduler == "random").Average(r => r.Makespan);
            var greedy = group.Where(r => r.Scheduler == "greedy").Average(r => r.Makespan);
            var reduction = 100 * (random - greedy) / random;
            var expected = $"| n={group.Key.Tasks} | {reduction.ToString("0.0", CultureInfo.InvariantCulture)}% [";
            var section = report[report.IndexOf($"### {group.Key.Topology}\n\n| point", StringComparison.Ordinal)..];
            Assert.Contains(expected, section[..section.IndexOf("\n\n", section.IndexOf("| point", StringComparison.Ordinal), StringComparison.Ordinal)], StringComparison.Ordinal);
            checkedCells++;
        }
        Assert.Equal(6, checkedCells);
        foreach (var group in rows.GroupBy(r => r.Scheduler))
        {
            var oneToOne = group.Where(r => r.Topology == "one-to-one").ToArray();
            var text = $"| {group.Key} | {oneToOne.Average(r => r.Gap).ToString("0.0", CultureInfo.InvariantCulture)}% (max {oneToOne.Max(r => r.Gap).ToString("0.0", CultureInfo.InvariantCulture)}%)";
            Assert.Contains(text, report, StringComparison.Ordinal);
        }
        Assert.Contains("![Weighted makespan, one-to-one](makespan-one-to-one.png)", report, StringComparison.Ordinal);
        Assert.Contains("| one-to-one | 8.0–24.0% |", report, StringComparison.Ordinal);
        Assert.Contains("![Gap to the lower bound, one-to-one](gap-one-to-one.png)", report, StringComparison.Ordinal);
        Assert.DoesNotContain("completion-cdf", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_LinksExactlyTheImagesTheFigureWriterWrote()
    {
        var report = File.ReadAllText(Path.Combine(run.Folder, "report.md"));
        var linked = System.Text.RegularExpressions.Regex.Matches(report, @"!\[[^\]]*\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToArray();
        var images = run.Results.Written.OfType<WrittenFigure>().Select(f => Path.GetFileName(f.Path)).ToArray();
        Assert.Equal(images.Order(StringComparer.Ordinal), linked.Order(StringComparer.Ordinal));
        Assert.All(run.Results.Written, f => Assert.True(File.Exists(f.Path), f.Path));
        Assert.Contains(run.Results.Written, f => Path.GetFileName(f.Path) == "runs.csv");
        Assert.Equal("gap-one-to-one.png", Path.GetFileName(run.Results.Written.OfType<WrittenFigure>().Single(f => f.LeftOut == "random" && f.Topology == "one-to-one").Path));
    }

    [Fact]
    public void GapFigure_PlotsEachSchedulersMeanGapFromTheSummary()
    {
        var figure = FigureBuilder.Build(run.Results).Single(f => f.FileStem == "gap-one-to-one");
        var rows = run.Results.Rows.Where(r => r.Topology == "one-to-one" && r.Scheduler == "greedy" && r.Tasks == 30).ToArray();
        Assert.Equal(rows.Average(r => r.GapPercent), figure.Series.Single(s => s.Name == "greedy").Mean[2], 9);
        Assert.DoesNotContain(FigureBuilder.Build(run.Results), f => f.FileStem.StartsWith("completion", StringComparison.Ordinal));
    }

    [Fact]
    public void SchedulerTimeFigure_PlotsTheMeanMillisecondsOfTheTimings()
    {
        var figure = SchedulerTimeFigure.Build(run.Results, "fully-connected");
        var timings = File.ReadAllLines(Path.Combine(run.Folder, "timings.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[1] == "fully-connected" && f[4] == "random" && f[2] == "10").Select(f => double.Parse(f[8], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(4, timings.Length);
        Assert.Equal(timings.Average(), figure.Series.Single(s => s.Name == "random").Mean[0], 6);
        Assert.Equal("Scheduler wall-clock time (ms)", figure.YLabel);
    }
}
