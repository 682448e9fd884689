using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.Heuristics;

namespace EdgeLearnSim.Core.Tests.Scheduling.Reference;

/// <summary>
/// The reference for greedy (docs/schedulers.md) as first written: LPT order, every eligible edge scanned, the smallest
/// resulting makespan, ties to the earliest finish, then the first edge of the ascending list.
/// </summary>
internal static class PlainLptScan
{
    public static int[] Build(ISchedulingInstance instance)
    {
        var edgeOf = new int[instance.TaskCount];
        var loads = new double[instance.EdgeCount];
        var makespan = 0.0;
        foreach (var i in LptConstruction.LptOrder(instance))
        {
            var bestEdge = -1;
            var bestMakespan = double.PositiveInfinity;
            var bestFinish = double.PositiveInfinity;
            foreach (var j in instance.EligibleEdges(i))
            {
                var finish = loads[j] + instance.ProcessingTime(i, j);
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
        return edgeOf;
    }
}
