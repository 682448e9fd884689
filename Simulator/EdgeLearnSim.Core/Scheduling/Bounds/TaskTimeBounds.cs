using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>Lower bounds read off single tasks' processing times.</summary>
public static class TaskTimeBounds
{
    /// <summary>
    /// max_i min_{j∈E_i} V_ij: every schedule runs each task somewhere, at best on its fastest eligible edge; 0 without
    /// tasks. On a related instance it equals bit for bit the minimum over every V_ij (division rounds monotonically,
    /// so a task's shortest time is its size over its fastest eligible edge) and takes O(n + Σ|E_i|), or O(n + m) when
    /// fully connected.
    /// </summary>
    public static double LargestShortestTime(ISchedulingInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Related is not { } related)
        {
            var bound = 0.0;
            for (var i = 0; i < instance.TaskCount; i++)
            {
                var shortest = double.PositiveInfinity;
                foreach (var j in instance.EligibleEdges(i))
                {
                    shortest = Math.Min(shortest, instance.ProcessingTime(i, j));
                }
                bound = Math.Max(bound, shortest);
            }
            return bound;
        }
        var sizes = related.Sizes;
        var speeds = related.Speeds;
        var fastestOverall = 0.0;
        foreach (var speed in speeds)
        {
            fastestOverall = Math.Max(fastestOverall, speed);
        }
        var largest = 0.0;
        for (var i = 0; i < sizes.Length; i++)
        {
            var fastest = fastestOverall;
            if (!instance.IsFullyConnected)
            {
                fastest = 0;
                foreach (var j in instance.EligibleEdges(i))
                {
                    fastest = Math.Max(fastest, speeds[j]);
                }
            }
            largest = Math.Max(largest, sizes[i] / fastest);
        }
        return largest;
    }
}
