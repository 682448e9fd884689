using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Simulation.Results;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>Builds the bars of a run's Gantt chart from its task records and outages (docs/pipeline.md).</summary>
public static class GanttBars
{
    public const string Access = "access";
    public const string Upload = "upload";
    public const string Down = "down";

    /// <summary>At most this many edges are drawn: the busiest, by the seconds their stages hold tasks.</summary>
    public const int MaxEdges = 20;

    /// <summary>
    /// Each task's last access transfer, its last compression (on its core's lane where the edge has several) and its
    /// upload from its first start to its end, on the edge that finished it; and every outage. Zero-length stages are
    /// left out. Only the <see cref="MaxEdges"/> busiest edges are kept, in edge order.
    /// </summary>
    public static IReadOnlyList<GanttBar> Of(EdgeLearningInstance instance, SimulationResult run)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(run);
        // Pick the busiest edges first, so a run of 10^6 tasks builds bars for those edges' tasks only.
        var busiest = BusiestEdges(instance, run);
        var bars = new List<GanttBar>();
        foreach (var task in run.Tasks)
        {
            if (!busiest.Contains(task.Edge))
            {
                continue;
            }
            var cores = instance.Edges[task.Edge].Cores;
            Add(bars, new GanttBar(task.Edge, Access, task.Task, task.AccessStart, task.Arrival));
            Add(bars, new GanttBar(task.Edge, cores > 1 ? $"core {task.Core}" : "compression", task.Task, task.Start, task.CompressionEnd));
            Add(bars, new GanttBar(task.Edge, Upload, task.Task, task.UploadStart, task.UploadEnd));
        }
        foreach (var outage in run.DownIntervals.Where(o => busiest.Contains(o.Edge)))
        {
            Add(bars, new GanttBar(outage.Edge, Down, -1, outage.Start, outage.End));
        }
        return [.. bars.OrderBy(b => b.Edge).ThenBy(b => b.Lane, StringComparer.Ordinal).ThenBy(b => b.Start).ThenBy(b => b.Task)];
    }

    /// <summary>The (at most) <see cref="MaxEdges"/> edges whose stages hold tasks longest in <paramref name="run"/>, ties to the lower index.</summary>
    public static IReadOnlySet<int> BusiestEdges(EdgeLearningInstance instance, SimulationResult run)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(run);
        var busy = new double[instance.EdgeCount];
        foreach (var task in run.Tasks)
        {
            busy[task.Edge] += Length(task.AccessStart, task.Arrival) + Length(task.Start, task.CompressionEnd) + Length(task.UploadStart, task.UploadEnd);
        }
        return Enumerable.Range(0, busy.Length).Where(j => busy[j] > 0)
            .OrderByDescending(j => busy[j]).ThenBy(j => j).Take(MaxEdges).ToHashSet();
    }

    private static double Length(double start, double end) => double.IsFinite(start) && end > start ? end - start : 0;

    private static void Add(List<GanttBar> bars, GanttBar bar)
    {
        if (double.IsFinite(bar.Start) && bar.End > bar.Start)
        {
            bars.Add(bar);
        }
    }
}
