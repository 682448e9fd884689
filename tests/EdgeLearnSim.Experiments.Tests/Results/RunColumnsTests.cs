using System.Globalization;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Experiments.Fingerprints;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Tests.Support;

namespace EdgeLearnSim.Experiments.Tests.Results;

public sealed class RunColumnsTests : IDisposable
{
    private const string Scenario = """
        name: columns
        seed: 9
        replications: 2
        topologies: [one-to-one, fully-connected]
        schedulers: [random, greedy]
        instance:
          edges: 3
          tasks: 12
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private Scenario Load(string yaml = Scenario) => ScenarioReader.Load(folder.Write("columns.yaml", yaml), TestToolkit.Registry()).GetOrThrow();

    private string[][] Run(ExperimentToolkit toolkit, string yaml = Scenario, string name = "out")
    {
        var output = Path.Combine(folder.Path, name);
        var outcome = new BatchRunner(toolkit, [new TableOutputWriter()], ToolInfo.Unknown).Run([Load(yaml)], new BatchOptions { OutputRoot = output, Parallelism = 2 }, null, default);
        Assert.Empty(outcome.Failures);
        return [.. File.ReadAllLines(Path.Combine(output, "columns", "runs.csv")).Select(l => l.Split(','))];
    }

    [Fact]
    public void SchemaMd_ListsEveryColumnAsTheSchemaDeclaresIt()
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "Scenarios", "SCHEMA.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(RunColumns.MarkdownTable(), schema, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_KeepsTheOldColumnsFirstThenParametersThenTheAppendedOnes()
    {
        var header = RunsCsv.Header([new SweepAxis("instance.tasks", ["1"]), new SweepAxis("simulation.policy", ["fifo"])]);
        Assert.Equal(RunColumns.All.Count + 2, header.Count);
        Assert.Equal(["raw_bytes", "param.instance.tasks", "param.simulation.policy", "completion_mean"], header.Skip(15).Take(4));
        Assert.Equal(["claimed_lower_bound", "access_mean"], header.SkipWhile(c => c != "claimed_lower_bound").Take(2));
        Assert.Equal("pipeline_gap_percent", header[^1]);
        Assert.Equal(header.Count, header.Distinct().Count());
    }

    [Fact]
    public void CellStore_ReadsColumnsByNameWhateverTheirOrder()
    {
        var scenario = Load();
        var cell = EdgeLearnSim.Experiments.Cells.CellPlan.Enumerate(scenario)[0];
        var outcome = new CellRunner(TestToolkit.Create()).Run(cell, null, default);
        var rows = outcome.Rows;
        var store = new CellStore(Path.Combine(folder.Path, "store"), new CellFingerprints(scenario, TestToolkit.Create().Schedulers, ToolInfo.Unknown));
        store.Write(cell, outcome);
        var lines = File.ReadAllLines(store.PathOf(cell)).Select(l => l.Split(',')).ToArray();
        // Reverse the columns of the file: a reader by position would mix them up.
        File.WriteAllLines(store.PathOf(cell), lines.Select(l => string.Join(',', l.Reverse())));
        var read = store.Read(cell)!.Rows;
        Assert.Equal(rows.Select(r => r.Values), read.Select(r => r.Values));
        Assert.Equal(rows.Select(r => r.Timing), read.Select(r => r.Timing));
    }

    [Fact]
    public void CellStore_RejectsAValueItsColumnDoesNotAccept()
    {
        var scenario = Load();
        var cell = EdgeLearnSim.Experiments.Cells.CellPlan.Enumerate(scenario)[0];
        var store = new CellStore(Path.Combine(folder.Path, "bad"), new CellFingerprints(scenario, TestToolkit.Create().Schedulers, ToolInfo.Unknown));
        store.Write(cell, new CellRunner(TestToolkit.Create()).Run(cell, null, default));
        var text = File.ReadAllLines(store.PathOf(cell));
        var column = text[0].Split(',').ToList().IndexOf("redispatches");
        var fields = text[1].Split(',');
        fields[column] = "many";
        text[1] = string.Join(',', fields);
        File.WriteAllLines(store.PathOf(cell), text);
        var error = Assert.Throws<EdgeLearnSim.Core.InvalidInputException>(() => _ = store.Read(cell));
        Assert.Contains($":2:{column + 1}", error.Message, StringComparison.Ordinal);
        Assert.Contains("column redispatches", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_CarryTheCellBound_TheLargestOfTheInstanceBoundAndEveryProvenOne()
    {
        var plain = Run(TestToolkit.Create(), name: "plain");
        var lb = plain[0].ToList().IndexOf("lower_bound");
        var method = plain[0].ToList().IndexOf("lower_bound_method");
        var gap = plain[0].ToList().IndexOf("gap_percent");
        var optimal = plain[0].ToList().IndexOf("proven_optimal");
        // greedy claims a proven bound equal to its own makespan: it is above the trivial bound, so it becomes the
        // bound of every row of the cell (random's too), greedy's gap is 0 and it is proven optimal.
        var proving = TestToolkit.Create() with { Schedulers = TestToolkit.Registry(provesItsMakespan: true) };
        var proved = Run(proving, name: "proved");
        var makespan = plain[0].ToList().IndexOf("weighted_makespan");
        foreach (var pair in proved.Skip(1).Chunk(2))
        {
            var (random, greedy) = (pair[0], pair[1]);
            Assert.Equal(greedy[makespan], greedy[lb]);
            Assert.Equal(greedy[lb], random[lb]);
            Assert.Equal(["greedy", "greedy"], new[] { random[method], greedy[method] });
            Assert.Equal("0", greedy[gap]);
            Assert.Equal("true", greedy[optimal]);
            var expectedGap = EdgeLearnSim.Core.Metrics.Gap.Percent(Parse(random[makespan]), Parse(random[lb]));
            Assert.Equal(CsvFormat.Number(expectedGap), random[gap]);
        }
        Assert.All(plain.Skip(1), row => Assert.Equal("trivial", row[method]));
        Assert.True(plain.Skip(1).Zip(proved.Skip(1)).All(p => Parse(p.Second[lb]) >= Parse(p.First[lb])));
    }

    [Fact]
    public void AddingAScheduler_LeavesTheOtherRowsUnchanged()
    {
        var both = Run(TestToolkit.Create(), name: "both");
        var alone = Run(TestToolkit.Create(), Scenario.Replace("schedulers: [random, greedy]", "schedulers: [random]", StringComparison.Ordinal), "alone");
        Assert.Equal(alone.Skip(1).Select(r => string.Join(',', r)), both.Skip(1).Where(r => r[4] == "random").Select(r => string.Join(',', r)));
    }

    [Fact]
    public void ADuplicatedTask_FailsItsCellLoudly()
    {
        var toolkit = TestToolkit.Create() with
        {
            Simulator = new TestToolkit.AnalyticSimulator(result => result with { TasksDuplicated = 1 }),
        };
        var output = Path.Combine(folder.Path, "duplicated");
        var outcome = new BatchRunner(toolkit, [new TableOutputWriter()], ToolInfo.Unknown).Run([Load()], new BatchOptions { OutputRoot = output }, null, default);
        // Every run of the 4 cells fails (two schedulers each), and the tables are written with no row.
        Assert.Equal(8, outcome.Failures.Count);
        Assert.All(outcome.Failures, f => Assert.Contains("duplicated 1 of 12 tasks", f.Describe(), StringComparison.Ordinal));
        Assert.Single(File.ReadAllLines(Path.Combine(output, "columns", "runs.csv")));
    }

    private static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
