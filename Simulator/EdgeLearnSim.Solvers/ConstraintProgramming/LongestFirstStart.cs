using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Solvers.ConstraintProgramming;

/// <summary>
/// A quick starting assignment for CP-SAT's hint: tasks by their shortest V_ij, longest first, each on the
/// eligible edge where it would finish earliest (ties: lower index). Only a hint; CP-SAT owns the result.
/// </summary>
internal static class LongestFirstStart
{
    public static int[] Assign(ISchedulingInstance instance)
    {
        var n = instance.TaskCount;
        var shortest = new double[n];
        for (var i = 0; i < n; i++)
        {
            shortest[i] = double.PositiveInfinity;
            foreach (var j in instance.EligibleEdges(i))
            {
                shortest[i] = Math.Min(shortest[i], instance.ProcessingTime(i, j));
            }
        }
        var order = Enumerable.Range(0, n).OrderByDescending(i => shortest[i]).ThenBy(i => i);
        var loads = new double[instance.EdgeCount];
        var edgeOf = new int[n];
        foreach (var i in order)
        {
            var bestEdge = -1;
            var bestFinish = double.PositiveInfinity;
            foreach (var j in instance.EligibleEdges(i))
            {
                var finish = loads[j] + instance.ProcessingTime(i, j);
                if (finish < bestFinish)
                {
                    bestFinish = finish;
                    bestEdge = j;
                }
            }
            edgeOf[i] = bestEdge;
            loads[bestEdge] = bestFinish;
        }
        return edgeOf;
    }
}
