using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Cli.Composition;
using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Sharding;

namespace EdgeLearnSim.Experiments.Tests.Sharding;

/// <summary>
/// A scenario run as N shards (each its own batch, as array tasks would run them) and merged must give the
/// same tables, byte for byte, as one run of the whole scenario. Uses the tool's real schedulers, generator
/// and simulation.
/// </summary>
public sealed class ShardedRunTests : IDisposable
{
    // 3 sizes x 2 topologies x 3 replications = 18 cells: 7 shards get 3 or 2 cells each.
    private const string ScenarioYaml = """
        name: sharded
        seed: 11
        replications: 3
        topologies: [one-to-one, fully-connected]
        schedulers: [random, greedy, lst]
        # The flow bound alone: sharding is the subject here, not the size-dependent default bounds (CP-SAT on tiny cells).
        bounds: [flow]
        instance:
          edges: 3
        sweep:
          instance.tasks: [12, 20, 28]
        """;

    private const int CellCount = 18;

    private static readonly string[] Tables = ["runs.csv", "summary.csv"];

    private readonly TempFolder folder = new();
    private readonly Lazy<Dictionary<string, byte[]>> single;

    public ShardedRunTests() => this.single = new(() => ReadTables(RunWhole("single")));

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void ShardsRunOneAfterAnother_MergeEqualsSingleRunByteForByte(int shards)
    {
        var output = Path.Combine(folder.Path, $"shards-{shards}");
        var cellsRun = new List<int>();
        for (var k = 0; k < shards; k++)
        {
            var outcome = RunShard(output, new ShardSpec(k, shards));
            cellsRun.Add(outcome.CellsRun);
        }

        Assert.Equal(CellCount, cellsRun.Sum());
        Assert.True(cellsRun.Max() - cellsRun.Min() <= 1);
        var merged = Merge(output);
        Assert.Equal(this.single.Value, ReadTables(merged));
    }

    [Fact]
    public void SevenShardsRunAtOnceIntoOneFolder_MergeEqualsSingleRun_AndMergeIsIdempotent()
    {
        var output = Path.Combine(folder.Path, "concurrent");

        Parallel.For(0, 7, new ParallelOptions { MaxDegreeOfParallelism = 7 }, k => RunShard(output, new ShardSpec(k, 7)));
        var merged = Merge(output);
        var first = ReadTables(merged);
        Merge(output);

        Assert.Equal(this.single.Value, first);
        Assert.Equal(first, ReadTables(merged));
        Assert.Equal(CellCount, Directory.GetFiles(Path.Combine(merged, "cells"), "*.csv").Length);
        Assert.Equal(
            Enumerable.Range(0, 7).Select(k => new ShardSpec(k, 7)).ToHashSet(),
            ShardLedger.Read(merged).Where(e => e.Value == ShardProgress.Finished).Select(e => e.Key).ToHashSet());
    }

    [Fact]
    public void MoreShardsThanCells_EmptyShardsRunNothing_MergeEqualsSingleRun()
    {
        var output = Path.Combine(folder.Path, "many");

        var cellsRun = Enumerable.Range(0, 25).Select(k => RunShard(output, new ShardSpec(k, 25)).CellsRun).ToList();

        Assert.Equal(Enumerable.Repeat(1, CellCount).Concat(Enumerable.Repeat(0, 25 - CellCount)), cellsRun);
        Assert.Equal(this.single.Value, ReadTables(Merge(output)));
    }

    /// <summary>
    /// Shard 1 of 3 is stopped after two of its cells, leaving behind the temporary file a kill during a write
    /// leaves; run again with --resume it runs only its remaining cells, and the merge has every row once.
    /// </summary>
    [Fact]
    public void ShardKilledMidway_RerunWithResume_CompletesWithoutDuplicatingCells()
    {
        var output = Path.Combine(folder.Path, "killed");
        RunShard(output, new ShardSpec(0, 3));
        RunShard(output, new ShardSpec(2, 3));
        using var kill = new CancellationTokenSource();
        var completed = 0;
        var killed = Runner().Run(
            [Load()],
            new BatchOptions { OutputRoot = output, Parallelism = 1, ShardIndex = 1, ShardCount = 3, Resume = true },
            e =>
            {
                if (e.Status == CellStatus.Completed && Interlocked.Increment(ref completed) == 2)
                {
                    kill.Cancel();
                }
            },
            kill.Token);
        var cells = Path.Combine(output, "sharded", "cells");
        File.WriteAllText(Path.Combine(cells, $".{7:D6}.csv.{Guid.NewGuid():N}.tmp"), "cell,fingerprint,scen");

        Assert.True(killed.Cancelled);
        Assert.Equal(12 + 2, Directory.GetFiles(cells, "*.csv").Length);
        Assert.Equal(
            [
                "never ran: shard 1/3 (started, not finished: run it again with --resume) (cell 7: sharded/instance.tasks=20/one-to-one/r1",
                "never ran: shard 1/3 (started, not finished: run it again with --resume) (cell 10: sharded/instance.tasks=20/fully-connected/r1",
                "never ran: shard 1/3 (started, not finished: run it again with --resume) (cell 13: sharded/instance.tasks=28/one-to-one/r1",
                "never ran: shard 1/3 (started, not finished: run it again with --resume) (cell 16: sharded/instance.tasks=28/fully-connected/r1",
            ],
            MergeFailures(output).Select(f => f[..f.IndexOf(", seed", StringComparison.Ordinal)]));

        var resumed = RunShard(output, new ShardSpec(1, 3), resume: true);

        Assert.Equal(2, resumed.CellsSkipped);
        Assert.Equal(4, resumed.CellsRun);
        Assert.Empty(resumed.Failures);
        Assert.Equal(CellCount, Directory.GetFiles(cells, "*.csv").Length);
        Assert.Equal(this.single.Value, ReadTables(Merge(output)));
        Assert.All(ShardLedger.Read(Path.Combine(output, "sharded")).Values, p => Assert.Equal(ShardProgress.Finished, p));
    }

    [Fact]
    public void ShardArrayRerunWithResume_RunsNothingTwice()
    {
        var output = Path.Combine(folder.Path, "rerun");
        for (var k = 0; k < 2; k++)
        {
            RunShard(output, new ShardSpec(k, 2), resume: true);
        }

        var again = Enumerable.Range(0, 2).Select(k => RunShard(output, new ShardSpec(k, 2), resume: true)).ToList();

        Assert.All(again, o => Assert.Equal(0, o.CellsRun));
        Assert.Equal(CellCount, again.Sum(o => o.CellsSkipped));
        Assert.Equal(this.single.Value, ReadTables(Merge(output)));
    }

    [Fact]
    public void Merge_ShardNeverRun_RendersTheOtherAndNamesItsCells()
    {
        var output = Path.Combine(folder.Path, "half");
        RunShard(output, new ShardSpec(0, 2));

        var failures = MergeFailures(output);

        Assert.Equal(9, failures.Count);
        Assert.StartsWith("never ran: shard 1/2 (never started here) (cell 1: sharded/instance.tasks=12/one-to-one/r1, seed ", failures[0], StringComparison.Ordinal);
        Assert.Equal(1 + 9 * 3, File.ReadAllLines(Path.Combine(output, "sharded", "runs.csv")).Length);
        Assert.Equal(
            new Dictionary<ShardSpec, ShardProgress> { [new ShardSpec(0, 2)] = ShardProgress.Finished },
            ShardLedger.Read(Path.Combine(output, "sharded")));
    }

    [Fact]
    public void Merge_CellsOfTwoSplits_NamesTheShardOfEach()
    {
        var output = Path.Combine(folder.Path, "splits");
        RunShard(output, new ShardSpec(0, 2));
        RunShard(output, new ShardSpec(1, 3));

        var failures = MergeFailures(output);

        // Missing: odd cells not of shard 1/3, i.e. positions 3, 5, 9, 11, 15, 17.
        Assert.Equal(6, failures.Count);
        Assert.StartsWith(
            "never ran: shard 1/2 (never started here) or 0/3 (never started here) (cell 3: sharded/instance.tasks=12/fully-connected/r0", failures[0], StringComparison.Ordinal);
        Assert.StartsWith(
            "never ran: shard 1/2 (never started here) or 2/3 (never started here) (cell 5: sharded/instance.tasks=12/fully-connected/r2", failures[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_WithoutAnyShardRecord_SaysToRunTheShards()
    {
        var scenarioFolder = RunWhole("deleted");
        File.Delete(Path.Combine(scenarioFolder, "cells", CellStore.FileNameOf(CellPlan.Enumerate(Load())[4])));

        var failure = Assert.Single(MergeFailures(Path.GetDirectoryName(scenarioFolder)!));

        Assert.StartsWith(
            "never ran: no shard has recorded a run here (edgelearnsim run SCENARIO --shard K/N --out DIR) (cell 4: sharded/instance.tasks=12/fully-connected/r1",
            failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_IgnoresFilesOfNoCellOfTheScenario()
    {
        var scenarioFolder = RunWhole("foreign");
        var cells = Path.Combine(scenarioFolder, "cells");
        File.Copy(Path.Combine(cells, CellStore.FileNameOf(CellPlan.Enumerate(Load())[0])), Path.Combine(cells, "0123456789abcdef.csv"));

        Assert.Empty(MergeFailures(Path.GetDirectoryName(scenarioFolder)!));
        Assert.Equal(this.single.Value, ReadTables(scenarioFolder));
    }

    [Fact]
    public void Merge_CellFileHoldingAnotherCell_IsAnError()
    {
        var scenarioFolder = RunWhole("swapped");
        var cells = Path.Combine(scenarioFolder, "cells");
        var plan = CellPlan.Enumerate(Load());
        File.Copy(Path.Combine(cells, CellStore.FileNameOf(plan[1])), Path.Combine(cells, CellStore.FileNameOf(plan[2])), overwrite: true);

        var error = Assert.Throws<InvalidInputException>(() => Merge(Path.GetDirectoryName(scenarioFolder)!));

        Assert.Contains("holds cell 'sharded/instance.tasks=12/one-to-one/r1'", error.Problem, StringComparison.Ordinal);
    }

    private Scenario Load() =>
        ScenarioReader.Load(Path.Combine(folder.Path, "sharded.yaml"), DefaultToolkit.Create().Schedulers, DefaultToolkit.Kinds).GetOrThrow();

    private static BatchRunner Runner() => new(DefaultToolkit.Create(), [new TableOutputWriter()], ToolInfo.Unknown);

    private string RunWhole(string name)
    {
        EnsureScenarioFile();
        var output = Path.Combine(folder.Path, name);
        var outcome = Runner().Run([Load()], new BatchOptions { OutputRoot = output, Parallelism = 2 }, null, default);
        Assert.Empty(outcome.Failures);
        Assert.Equal(CellCount, outcome.CellsRun);
        return Path.Combine(output, "sharded");
    }

    private BatchOutcome RunShard(string output, ShardSpec shard, bool resume = false)
    {
        EnsureScenarioFile();
        var outcome = Runner().Run(
            [Load()],
            new BatchOptions { OutputRoot = output, Parallelism = 2, ShardIndex = shard.Index, ShardCount = shard.Count, Resume = resume },
            null,
            default);
        Assert.Empty(outcome.Failures);
        Assert.False(outcome.Cancelled);
        return outcome;
    }

    private string Merge(string output)
    {
        EnsureScenarioFile();
        var results = Runner().Render(Load(), output);
        Assert.Empty(results.Failures);
        return results.Folder;
    }

    private List<string> MergeFailures(string output)
    {
        EnsureScenarioFile();
        return [.. Runner().Render(Load(), output).Failures.Select(f => f.Describe())];
    }

    private void EnsureScenarioFile()
    {
        var path = Path.Combine(folder.Path, "sharded.yaml");
        if (!File.Exists(path))
        {
            folder.Write("sharded.yaml", ScenarioYaml);
        }
    }

    private static Dictionary<string, byte[]> ReadTables(string scenarioFolder) =>
        Tables.ToDictionary(t => t, t => File.ReadAllBytes(Path.Combine(scenarioFolder, t)));
}
