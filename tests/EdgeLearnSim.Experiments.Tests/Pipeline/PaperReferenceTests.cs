using EdgeLearnSim.Cli.Composition;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Tests.Pipeline;

/// <summary>Without pipeline keys the simulation is the one before the pipeline: the committed paper reference still holds.</summary>
public sealed class PaperReferenceTests
{
    private static readonly RunColumn[] PipelineColumns =
    [
        RunColumns.AccessMean, RunColumns.CompressionMean, RunColumns.UploadMean, RunColumns.EnergyDevice, RunColumns.EnergyEdge,
        RunColumns.EnergyUplink, RunColumns.EnergyTotal, RunColumns.PipelineLowerBound, RunColumns.PipelineGapPercent,
    ];

    [Fact]
    public void PaperCells_ReproduceEveryCommittedColumn_AndThePipelineColumnsAreZeroOrEmpty()
    {
        var toolkit = DefaultToolkit.Create();
        var scenario = ScenarioReader.Load(RepositoryFiles.Path("Scenarios/paper.yaml"), toolkit.Schedulers, toolkit.Kinds).GetOrThrow();
        var lines = File.ReadAllLines(RepositoryFiles.Path("Reports/paper/runs.csv"));
        var header = lines[0].Split(',');
        var committed = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        var cells = CellPlan.Enumerate(scenario);
        var checkedRows = 0;
        // The first cell of each topology at n = 100: every scheduler of the paper, random and online-free.
        foreach (var cell in cells.Where(c => c.Replication == 0 && c.Point == scenario.Points[0]))
        {
            foreach (var row in new CellRunner(toolkit).Run(cell, null, default).Rows)
            {
                var reference = committed.Single(r => r[Array.IndexOf(header, "topology")] == RunColumns.Topology.Format(row.Value(RunColumns.Topology))
                    && r[Array.IndexOf(header, "replication")] == RunColumns.Replication.Format(row.Value(RunColumns.Replication))
                    && r[Array.IndexOf(header, "tasks")] == RunColumns.Tasks.Format(row.Value(RunColumns.Tasks))
                    && r[Array.IndexOf(header, "scheduler")] == RunColumns.Scheduler.Format(row.Value(RunColumns.Scheduler)));
                foreach (var column in RunColumns.All.Where(c => Array.IndexOf(header, c.Name) >= 0))
                {
                    Assert.Equal(reference[Array.IndexOf(header, column.Name)], column.Format(row.Value(column)));
                }
                Assert.All(PipelineColumns.Where(c => c != RunColumns.UploadMean), c => Assert.True(c.Format(row.Value(c)) is "0" or "", $"{c.Name} = {c.Format(row.Value(c))}"));
                // Without access or compression a task's whole time is its upload's.
                Assert.Equal(row.Number(RunColumns.CompletionMean), row.Number(RunColumns.UploadMean), 9);
                checkedRows++;
            }
        }
        Assert.Equal(3 * scenario.Schedulers.Count, checkedRows);
    }
}
