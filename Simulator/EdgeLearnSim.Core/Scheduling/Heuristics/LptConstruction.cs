using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// Step (a) of the paper's Algorithm 2 (SPEC §4.5): tasks in non-increasing compressed size (LPT order; the
/// paper's pseudo-code says non-decreasing, its text non-increasing), each put on the eligible edge that makes
/// the makespan smallest, ties to the earliest resulting finish of that edge, then the lower edge index.
/// </summary>
internal static class LptConstruction
{
    /// <summary>The greedy assignment and its edge loads.</summary>
    public static (int[] EdgeOf, double[] Loads) Build(ISchedulingInstance instance, TaskEdgeTimes times)
    {
        var edgeOf = new int[instance.TaskCount];
        var loads = new double[instance.EdgeCount];
        var makespan = 0.0;
        foreach (var i in LptOrder(instance))
        {
            var bestEdge = -1;
            var bestMakespan = double.PositiveInfinity;
            var bestFinish = double.PositiveInfinity;
            foreach (var j in instance.EligibleEdges(i))
            {
                var finish = loads[j] + times[i, j];
                var newMakespan = Math.Max(makespan, finish);
                if (newMakespan < bestMakespan || (newMakespan == bestMakespan && finish < bestFinish))
                {
                    bestEdge = j;
                    bestMakespan = newMakespan;
                    bestFinish = finish;
                }
            }
            edgeOf[i] = bestEdge;
            loads[bestEdge] = bestFinish;
            makespan = bestMakespan;
        }
        return (edgeOf, loads);
    }

    /// <summary>
    /// Task indices by non-increasing compressed size D_i·BestR_i, ties to the lower index. Instances without
    /// compressed sizes use s_i (related machines) or, for unrelated ones, the smallest V_ij.
    /// </summary>
    public static int[] LptOrder(ISchedulingInstance instance)
    {
        var n = instance.TaskCount;
        var keys = new double[n];
        if (instance is EdgeLearningInstance edgeLearning)
        {
            for (var i = 0; i < n; i++)
            {
                keys[i] = edgeLearning.Tasks[i].CompressedBytes;
            }
        }
        else if (instance.Related is { } related)
        {
            related.Sizes.CopyTo(keys);
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                var smallest = double.PositiveInfinity;
                foreach (var j in instance.EligibleEdges(i))
                {
                    smallest = Math.Min(smallest, instance.ProcessingTime(i, j));
                }
                keys[i] = smallest;
            }
        }
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[b].CompareTo(keys[a]) : a.CompareTo(b));
        return order;
    }
}
