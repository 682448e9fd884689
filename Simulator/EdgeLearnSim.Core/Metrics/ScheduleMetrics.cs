using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;

namespace EdgeLearnSim.Core.Metrics;

/// <summary>The paper's per-run numbers for one assignment (docs/model.md, Figs. 4–6).</summary>
/// <param name="WeightedMakespan">max_j L_j (Fig. 4).</param>
/// <param name="LoadStdDev">Population standard deviation of L_j over all m edges, idle ones included (Fig. 5).</param>
/// <param name="TasksOnBusiestEdge">Tasks on the edge with the largest L_j, ties to the lower index (Fig. 6).</param>
/// <param name="MaxTasksOnEdge">The largest number of tasks on any edge.</param>
public sealed record ScheduleMetrics(double WeightedMakespan, double LoadStdDev, int TasksOnBusiestEdge, int MaxTasksOnEdge)
{
    public static ScheduleMetrics Compute(ISchedulingInstance instance, IReadOnlyList<int> edgeOf)
    {
        var loads = Assignments.Loads(instance, edgeOf);
        var counts = new int[instance.EdgeCount];
        foreach (var j in edgeOf)
        {
            counts[j]++;
        }
        var busiest = 0;
        for (var j = 1; j < loads.Length; j++)
        {
            if (loads[j] > loads[busiest])
            {
                busiest = j;
            }
        }
        return new ScheduleMetrics(
            loads[busiest],
            MathNet.Numerics.Statistics.Statistics.PopulationStandardDeviation(loads),
            counts[busiest],
            counts.Max());
    }
}
