using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Tests.Support;

namespace EdgeLearnSim.Experiments.Tests.Robustness;

/// <summary>
/// An exception in some cells (a scheduler that throws on certain instances) loses no other result: each failure is
/// reported with the cell's parameters and costs only its own row, the tables and failures.csv are still written, and
/// once the fault is gone <c>--resume</c> runs only the failed cells and renders the same <c>runs.csv</c> as a run that
/// never failed.
/// </summary>
public sealed class CellFailureTests : IDisposable
{
    private const string Scenario = """
        name: failing
        seed: 9
        replications: 4
        topologies: [one-to-one, one-to-more, fully-connected]
        schedulers: [random, greedy]
        instance:
          edges: 4
        sweep:
          instance.tasks: [12, 24]
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void FailingCells_AreReportedWithTheirParameters_OthersKept_ResumeCompletes()
    {
        var scenario = ScenarioReader.Load(folder.Write("failing.yaml", Scenario), TestToolkit.Registry()).GetOrThrow();
        BatchRunner Runner(ExperimentToolkit toolkit) => new(toolkit, [new TableOutputWriter()], ToolInfo.Unknown);
        var reference = Path.Combine(folder.Path, "reference");
        Assert.Empty(Runner(TestToolkit.Create()).Run([scenario], new BatchOptions { OutputRoot = reference, Parallelism = 2 }, null, default).Failures);

        var output = Path.Combine(folder.Path, "faulty");
        var faulty = TestToolkit.Create(failWhen: instance => instance.TaskCount == 24 && instance.IsFullyConnected);
        var outcome = Runner(faulty).Run([scenario], new BatchOptions { OutputRoot = output, Parallelism = 2 }, null, default);

        Assert.Equal(4, outcome.Failures.Count);
        Assert.Equal([20, 21, 22, 23], outcome.Failures.Select(f => f.Cell.Index));
        Assert.All(outcome.Failures, f => Assert.Matches(
            @"^cell 2[0-3] \(failing/instance\.tasks=24/fully-connected/r[0-3], seed \d+\): greedy failed: InvalidOperationException: injected failure$", f.Describe()));
        Assert.Equal(24, Directory.GetFiles(Path.Combine(output, "failing", "cells"), "*.csv").Length);
        // The failing cells keep their random rows: runs.csv is the clean one less the four greedy rows.
        var clean = File.ReadAllLines(Path.Combine(reference, "failing", "runs.csv"));
        var kept = File.ReadAllLines(Path.Combine(output, "failing", "runs.csv"));
        Assert.Equal(clean.Where(l => !(l.StartsWith("failing,fully-connected,24,", StringComparison.Ordinal) && l.Split(',')[4] == "greedy")), kept);
        Assert.Equal(clean.Length - 4, kept.Length);
        var failures = File.ReadAllLines(Path.Combine(output, "failing", FailuresCsv.FileName));
        Assert.Equal("cell_index,cell,scheduler,error", failures[0]);
        Assert.Equal("20,failing/instance.tasks=24/fully-connected/r0,greedy,InvalidOperationException: injected failure", failures[1]);

        var resumed = Runner(TestToolkit.Create()).Run([scenario], new BatchOptions { OutputRoot = output, Parallelism = 2, Resume = true }, null, default);
        Assert.Empty(resumed.Failures);
        Assert.Equal(4, resumed.CellsRun);
        Assert.Equal(20, resumed.CellsSkipped);
        Assert.Equal(File.ReadAllBytes(Path.Combine(reference, "failing", "runs.csv")), File.ReadAllBytes(Path.Combine(output, "failing", "runs.csv")));
    }
}
