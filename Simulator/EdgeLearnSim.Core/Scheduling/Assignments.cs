using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling;

/// <summary>Turns a task→edge array into a checked <see cref="ScheduleResult"/>.</summary>
public static class Assignments
{
    /// <summary>
    /// Validates <paramref name="edgeOf"/> (every task on one eligible edge), computes the true makespan in
    /// doubles, and orders each edge's tasks by task index unless <paramref name="edgeOrder"/> is given.
    /// </summary>
    public static ScheduleResult ToResult(
        ISchedulingInstance instance,
        int[] edgeOf,
        ExitReason exit,
        long iterations = 0,
        double? provenLowerBound = null,
        IReadOnlyList<IReadOnlyList<int>>? edgeOrder = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(edgeOf);
        if (edgeOf.Length != instance.TaskCount)
        {
            throw new ArgumentException($"Assignment has {edgeOf.Length} entries for {instance.TaskCount} tasks.", nameof(edgeOf));
        }
        var loads = Loads(instance, edgeOf);
        return new ScheduleResult
        {
            EdgeOf = edgeOf,
            EdgeOrder = edgeOrder ?? OrderByTaskIndex(instance.EdgeCount, edgeOf),
            Makespan = loads.Length == 0 ? 0 : loads.Max(),
            ProvenLowerBound = provenLowerBound,
            Iterations = iterations,
            Exit = exit,
        };
    }

    /// <summary>L_j = Σ_{i→j} V_ij; throws when a task sits on an edge it cannot reach.</summary>
    public static double[] Loads(ISchedulingInstance instance, IReadOnlyList<int> edgeOf)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(edgeOf);
        var loads = new double[instance.EdgeCount];
        for (var i = 0; i < edgeOf.Count; i++)
        {
            var j = edgeOf[i];
            if (j < 0 || j >= loads.Length)
            {
                throw new ArgumentException($"Task {i} is assigned to edge {j}, which does not exist.");
            }
            var time = instance.ProcessingTime(i, j);
            if (double.IsPositiveInfinity(time))
            {
                throw new ArgumentException($"Task {i} is assigned to edge {j}, which it cannot reach.");
            }
            loads[j] += time;
        }
        return loads;
    }

    private static int[][] OrderByTaskIndex(int edgeCount, int[] edgeOf)
    {
        var counts = new int[edgeCount];
        foreach (var j in edgeOf)
        {
            counts[j]++;
        }
        var order = new int[edgeCount][];
        for (var j = 0; j < edgeCount; j++)
        {
            order[j] = new int[counts[j]];
            counts[j] = 0;
        }
        for (var i = 0; i < edgeOf.Length; i++)
        {
            var j = edgeOf[i];
            order[j][counts[j]++] = i;
        }
        return order;
    }
}
