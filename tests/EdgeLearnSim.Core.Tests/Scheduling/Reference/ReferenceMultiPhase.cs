using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.Heuristics;

namespace EdgeLearnSim.Core.Tests.Scheduling.Reference;

/// <summary>multi-phase as first written (docs/schedulers.md): phase 1, then exhaustive best moves and swaps off the busiest edge.</summary>
internal static class ReferenceMultiPhase
{
    public static (int[] EdgeOf, long Changes) Run(ISchedulingInstance instance)
    {
        var times = new TaskEdgeTimes(instance);
        var search = new ReferenceCriticalEdgeSearch(instance, times, FastestEdges(instance, times));
        long changes = 0;
        while (search.Improve())
        {
            changes++;
        }
        return (search.Tasks.ToArray(), changes);
    }

    private static int[] FastestEdges(ISchedulingInstance instance, TaskEdgeTimes times)
    {
        var edgeOf = new int[instance.TaskCount];
        var loads = new double[instance.EdgeCount];
        for (var i = 0; i < edgeOf.Length; i++)
        {
            var bestEdge = -1;
            var bestTime = double.PositiveInfinity;
            foreach (var j in instance.EligibleEdges(i))
            {
                var time = times[i, j];
                if (time < bestTime || (time == bestTime && loads[j] < loads[bestEdge]))
                {
                    bestEdge = j;
                    bestTime = time;
                }
            }
            edgeOf[i] = bestEdge;
            loads[bestEdge] += bestTime;
        }
        return edgeOf;
    }
}
