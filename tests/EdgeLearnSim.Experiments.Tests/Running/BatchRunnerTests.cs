using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Tests.Support;

namespace EdgeLearnSim.Experiments.Tests.Running;

public sealed class BatchRunnerTests : IDisposable
{
    private const string Reduced = """
        name: reduced
        seed: 5
        replications: 3
        topologies: [one-to-one, fully-connected]
        schedulers: [random, greedy]
        instance:
          edges: 3
        sweep:
          instance.tasks: {from: 10, to: 30, step: 10}
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private Scenario Load(string yaml = Reduced) => ScenarioReader.Load(folder.Write("reduced.yaml", yaml), TestToolkit.Registry()).GetOrThrow();

    private static BatchRunner Runner(ExperimentToolkit? toolkit = null) =>
        new(toolkit ?? TestToolkit.Create(), [new TableOutputWriter()], ToolInfo.Unknown);

    private string RunTo(string name, int parallelism, bool resume = false)
    {
        var output = Path.Combine(folder.Path, name);
        var outcome = Runner().Run([Load()], new BatchOptions { OutputRoot = output, Parallelism = parallelism, Resume = resume }, null, default);
        Assert.Empty(outcome.Failures);
        Assert.False(outcome.Cancelled);
        return Path.Combine(output, "reduced");
    }

    [Fact]
    public void Run_WritesRunsWithTheDocumentedColumnsInCellOrder()
    {
        var lines = File.ReadAllLines(Path.Combine(RunTo("out", 2), "runs.csv"));
        Assert.Equal(
            "scenario,topology,tasks,edges,scheduler,replication,seed,weighted_makespan,stddev,tasks_on_busiest_edge,max_tasks_on_edge,lower_bound,gap_percent,simulated_makespan,bytes_to_cloud,raw_bytes,param.instance.tasks,"
            + "completion_mean,completion_p50,completion_p95,utilisation_mean,redispatches,tasks_lost,tasks_duplicated,lower_bound_method,proven_optimal,claimed_lower_bound,"
            + "access_mean,compression_mean,upload_mean,energy_device_joules,energy_edge_joules,energy_uplink_joules,energy_joules,pipeline_lower_bound,pipeline_gap_percent",
            lines[0]);
        Assert.Equal(1 + (3 * 2 * 3 * 2), lines.Length);
        Assert.StartsWith("reduced,one-to-one,10,3,random,0,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("reduced,one-to-one,10,3,greedy,0,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("reduced,fully-connected,30,3,greedy,2,", lines[^1], StringComparison.Ordinal);
        // Without pipeline keys: no access or compression time, no energy, no pipeline bound.
        Assert.Contains(",0,0,0,trivial,false,,0,0,", lines[^1], StringComparison.Ordinal);
        Assert.EndsWith(",0,0,0,0,,", lines[^1], StringComparison.Ordinal);
        Assert.Equal("30", lines[^1].Split(',')[16]);
    }

    [Fact]
    public void Run_ParallelOneAndTwo_GiveByteIdenticalRuns()
    {
        var one = File.ReadAllBytes(Path.Combine(RunTo("p1", 1), "runs.csv"));
        var two = File.ReadAllBytes(Path.Combine(RunTo("p2", 2), "runs.csv"));
        var again = File.ReadAllBytes(Path.Combine(RunTo("p2b", 2), "runs.csv"));
        Assert.Equal(one, two);
        Assert.Equal(one, again);
    }

    [Fact]
    public void Resume_AfterDeletingCells_RunsOnlyThoseAndReproducesRuns()
    {
        var scenarioFolder = RunTo("resume", 2);
        var runs = File.ReadAllBytes(Path.Combine(scenarioFolder, "runs.csv"));
        var cellFiles = Directory.GetFiles(Path.Combine(scenarioFolder, "cells")).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(18, cellFiles.Length);
        File.Delete(cellFiles[3]);
        File.Delete(cellFiles[17]);
        File.Delete(Path.Combine(scenarioFolder, "runs.csv"));
        var outcome = Runner().Run([Load()], new BatchOptions { OutputRoot = Path.GetDirectoryName(scenarioFolder)!, Parallelism = 2, Resume = true }, null, default);
        Assert.Equal(2, outcome.CellsRun);
        Assert.Equal(16, outcome.CellsSkipped);
        Assert.Equal(runs, File.ReadAllBytes(Path.Combine(scenarioFolder, "runs.csv")));
    }

    [Fact]
    public void Run_FailingCell_IsReportedAndOthersKept()
    {
        var toolkit = TestToolkit.Create(failWhen: instance => instance.TaskCount == 20 && !instance.IsFullyConnected);
        var output = Path.Combine(folder.Path, "fail");
        var outcome = Runner(toolkit).Run([Load()], new BatchOptions { OutputRoot = output, Parallelism = 2 }, null, default);
        Assert.Equal(3, outcome.Failures.Count);
        Assert.All(outcome.Failures, f => Assert.Contains("reduced/instance.tasks=20/one-to-one/r", f.Describe(), StringComparison.Ordinal));
        Assert.Contains("injected failure", outcome.Failures[0].Describe(), StringComparison.Ordinal);
        // Every cell is stored, the failed ones with their failure, and the study is still rendered from what finished.
        Assert.Equal(18, Directory.GetFiles(Path.Combine(output, "reduced", "cells")).Length);
        Assert.Single(outcome.RenderedFolders);
        var runs = File.ReadAllLines(Path.Combine(output, "reduced", "runs.csv"));
        Assert.DoesNotContain(runs, l => l.Contains(",one-to-one,20,3,greedy,", StringComparison.Ordinal));
        Assert.Equal(3, runs.Count(l => l.Contains(",one-to-one,20,3,random,", StringComparison.Ordinal)));
        Assert.Equal(1 + 3, File.ReadAllLines(Path.Combine(output, "reduced", FailuresCsv.FileName)).Length);
    }

    [Fact]
    public void Run_Cancelled_KeepsOnlyCompleteCells()
    {
        using var cancellation = new CancellationTokenSource();
        var completed = 0;
        var output = Path.Combine(folder.Path, "cancel");
        var outcome = Runner().Run([Load()], new BatchOptions { OutputRoot = output, Parallelism = 1 }, e =>
        {
            if (Interlocked.Increment(ref completed) == 4)
            {
                cancellation.Cancel();
            }
        }, cancellation.Token);
        Assert.True(outcome.Cancelled);
        var files = Directory.GetFiles(Path.Combine(output, "reduced", "cells"));
        Assert.Equal(4, files.Length);
        Assert.All(files, f => Assert.EndsWith(".csv", f, StringComparison.Ordinal));
        var resumed = Runner().Run([Load()], new BatchOptions { OutputRoot = output, Parallelism = 2, Resume = true }, null, default);
        Assert.Equal(14, resumed.CellsRun);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RunTo("reference", 1), "runs.csv")), File.ReadAllBytes(Path.Combine(output, "reduced", "runs.csv")));
    }

    [Fact]
    public void Shards_TogetherCoverEveryCellOnce_AndRenderEqualsSingleRun()
    {
        var output = Path.Combine(folder.Path, "shards");
        var total = 0;
        for (var k = 0; k < 4; k++)
        {
            var outcome = Runner().Run([Load()], new BatchOptions { OutputRoot = output, Parallelism = 2, ShardIndex = k, ShardCount = 4 }, null, default);
            total += outcome.CellsRun;
            Assert.Empty(outcome.RenderedFolders);
        }
        Assert.Equal(18, total);
        Assert.Empty(Runner().Render(Load(), output).Failures);
        var cell = CellPlan.Enumerate(Load())[5];
        File.Delete(Path.Combine(output, "reduced", "cells", CellStore.FileNameOf(cell)));
        var missing = Assert.Single(Runner().Render(Load(), output).Failures).Describe();
        Assert.Contains("never ran: shard 1/4", missing, StringComparison.Ordinal);
        Assert.Contains("cell 5: reduced/instance.tasks=10/fully-connected/r2", missing, StringComparison.Ordinal);
        Runner().Run([Load()], new BatchOptions { OutputRoot = output, ShardIndex = 1, ShardCount = 4, Resume = true }, null, default);
        Runner().Render(Load(), output);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RunTo("single", 2), "runs.csv")), File.ReadAllBytes(Path.Combine(output, "reduced", "runs.csv")));
    }

    [Fact]
    public void Resume_WithChangedScenario_RecomputesTheStaleCellsAndSaysWhy()
    {
        var scenarioFolder = RunTo("changed", 2);
        File.Delete(Path.Combine(scenarioFolder, "cells", CellStore.FileNameOf(CellPlan.Enumerate(Load())[0])));
        var changedYaml = Reduced.Replace("edges: 3", "edges: 4", StringComparison.Ordinal);
        var outcome = Runner().Run([Load(changedYaml)], new BatchOptions { OutputRoot = Path.GetDirectoryName(scenarioFolder)!, Resume = true }, null, default);
        Assert.Equal(18, outcome.CellsRun);
        Assert.Equal("resume: 18 of 18 cells recomputed in reduced: 1 missing; 17 stale (instance changed)", Assert.Single(outcome.ResumeNotes));
        var fresh = Path.Combine(folder.Path, "changed-fresh");
        Runner().Run([Load(changedYaml)], new BatchOptions { OutputRoot = fresh }, null, default);
        Assert.Equal(File.ReadAllBytes(Path.Combine(fresh, "reduced", "runs.csv")), File.ReadAllBytes(Path.Combine(scenarioFolder, "runs.csv")));
    }

    [Fact]
    public void Run_EveryScheduler_SeesTheSameInstance()
    {
        var lines = File.ReadAllLines(Path.Combine(RunTo("paired", 2), "runs.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        foreach (var pair in lines.Chunk(2))
        {
            Assert.Equal(pair[0][6], pair[1][6]);
            Assert.Equal(pair[0][11], pair[1][11]);
            Assert.Equal(pair[0][15], pair[1][15]);
        }
    }
}
