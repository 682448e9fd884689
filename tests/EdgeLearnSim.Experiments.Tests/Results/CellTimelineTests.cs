using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Experiments.Tests.Results;

public sealed class CellTimelineTests
{
    [Fact]
    public void ManyEdges_KeepTheSamplesOfTheGanttChartsBusiestEdgesOnly()
    {
        // 25 edges, task i alone on edge i with (i + 1) MB: the 20 busiest are edges 5..24, and those alone keep
        // their bandwidth samples (a line per edge for 10^4 edges wrote 59 MB of CSV).
        var timeline = Timeline(edges: 25);

        var expected = Enumerable.Range(5, 20).ToArray();
        Assert.Equal(expected, timeline.Timeline.Edges.Select(e => e.Edge).Order());
        Assert.Equal(expected, timeline.Bars.Select(b => b.Edge).Distinct().Order());
    }

    [Fact]
    public void FewEdges_KeepEveryEdgesSamples_IdleOnesToo()
    {
        // 6 edges, 5 tasks: edge 5 holds nothing, is left out of the Gantt chart, and still keeps its samples.
        var timeline = Timeline(edges: 6, tasks: 5);

        Assert.Equal(Enumerable.Range(0, 6), timeline.Timeline.Edges.Select(e => e.Edge).Order());
        Assert.DoesNotContain(timeline.Bars, b => b.Edge == 5);
    }

    private static CellTimeline Timeline(int edges, int? tasks = null)
    {
        var taskList = Enumerable.Range(0, tasks ?? edges)
            .Select(i => new LearningTask(i, (i + 1) * 1_000_000L, 1.0, 0.9, 0, 1.0, 8.0 * (i + 1), null))
            .ToArray();
        var instance = new EdgeLearningInstance(taskList, [.. Enumerable.Range(0, edges).Select(j => new EdgeServer(j, 8))]);
        var schedule = Assignments.ToResult(instance, [.. Enumerable.Range(0, taskList.Length)], ExitReason.Completed);
        var run = UploadSimulation.Run(instance, schedule, new SimulationSettings { TimelineStepSeconds = 1 }, 1);
        return CellTimeline.Of("cell", "greedy", instance, run) ?? throw new InvalidOperationException("no timeline recorded");
    }
}
