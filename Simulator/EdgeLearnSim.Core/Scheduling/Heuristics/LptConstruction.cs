using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.LoadTracking;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// Step (a) of the paper's Algorithm 2 (docs/schedulers.md): tasks in non-increasing compressed size (LPT order; the
/// paper's pseudo-code says non-decreasing, its text non-increasing), each put on the eligible edge that makes
/// the makespan smallest, ties to the earliest resulting finish of that edge, then the lower edge index.
/// </summary>
internal static class LptConstruction
{
    /// <summary>
    /// The greedy assignment and its edge loads. The earliest finish over all edges is the makespan-smallest
    /// choice (both orders agree), so fully connected related instances ask an <see cref="EarliestFinishTree"/>
    /// instead of scanning the m edges; its answer is the scan's, bit for bit.
    /// </summary>
    public static (int[] EdgeOf, double[] Loads) Build(ISchedulingInstance instance, TaskEdgeTimes times)
    {
        if (instance.IsFullyConnected && instance.Related is { } machines && instance.TaskCount > 0)
        {
            return BuildFullyConnected(instance, machines);
        }
        var edgeOf = new int[instance.TaskCount];
        var loads = new double[instance.EdgeCount];
        var makespan = 0.0;
        // Only eligible pairs are read, so a related instance's s_i / B_j needs no eligibility lookup.
        var related = instance.Related;
        foreach (var i in LptOrder(instance))
        {
            var bestEdge = -1;
            var bestMakespan = double.PositiveInfinity;
            var bestFinish = double.PositiveInfinity;
            foreach (var j in instance.EligibleEdges(i))
            {
                var finish = loads[j] + (related is null ? times[i, j] : related.Sizes[i] / related.Speeds[j]);
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

    private static (int[] EdgeOf, double[] Loads) BuildFullyConnected(ISchedulingInstance instance, RelatedMachines related)
    {
        var edgeOf = new int[instance.TaskCount];
        var sizes = related.Sizes;
        var tree = new EarliestFinishTree(related.Speeds);
        foreach (var i in LptOrder(instance))
        {
            var edge = tree.Earliest(sizes[i]);
            edgeOf[i] = edge;
            tree.SetLoad(edge, tree.Finish(edge, sizes[i]));
        }
        return (edgeOf, tree.Loads.ToArray());
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
            var records = edgeLearning.Records;
            var recordBytes = edgeLearning.RecordBytes;
            var ratios = edgeLearning.BestRatios;
            for (var i = 0; i < n; i++)
            {
                // LearningTask.CompressedBytes, without building a record per task.
                keys[i] = records[i] * recordBytes[i] * ratios[i];
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
        return DescendingOrder.Of(keys);
    }
}
