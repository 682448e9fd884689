using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>
/// The rounding step of Lenstra–Shmoys–Tardos: keep the tasks an extreme point of LP(T) places whole; the
/// split tasks and the edges they use form a pseudo-forest (each component has no more task–edge links than
/// nodes), which always has a matching giving every split task its own edge, so each edge gains at most one
/// task of length ≤ T. Found here as a bipartite matching on the split tasks' support; of all such matchings
/// it takes one minimising the largest resulting edge load, which keeps the guarantee and can only lower the
/// makespan. Should GLOP's point fail to be a vertex numerically (no such matching), <see cref="SlotRounding"/>
/// takes over, which keeps the same load bound for any feasible fractional point.
/// </summary>
internal static class PseudoForestRounding
{
    public static RoundedAssignment Round(ISchedulingInstance instance, FractionalAssignment shares)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(shares);
        var edgeOf = new int[shares.TaskCount];
        var splitTasks = new List<int>();
        for (var i = 0; i < edgeOf.Length; i++)
        {
            edgeOf[i] = shares.WholeEdgeOf(i);
            if (edgeOf[i] < 0)
            {
                splitTasks.Add(i);
            }
        }
        if (splitTasks.Count == 0)
        {
            return new RoundedAssignment(edgeOf, 0, UsedSlotRounding: false);
        }

        var matched = BottleneckMatching(instance, splitTasks, shares, WholeLoads(instance, edgeOf));
        if (matched is null)
        {
            return new RoundedAssignment(SlotRounding.Round(instance, shares), splitTasks.Count, UsedSlotRounding: true);
        }
        for (var k = 0; k < splitTasks.Count; k++)
        {
            edgeOf[splitTasks[k]] = matched[k];
        }
        return new RoundedAssignment(edgeOf, splitTasks.Count, UsedSlotRounding: false);
    }

    private static double[] WholeLoads(ISchedulingInstance instance, int[] edgeOf)
    {
        var loads = new double[instance.EdgeCount];
        for (var i = 0; i < edgeOf.Length; i++)
        {
            if (edgeOf[i] >= 0)
            {
                loads[edgeOf[i]] += instance.ProcessingTime(i, edgeOf[i]);
            }
        }
        return loads;
    }

    /// <summary>
    /// Among the matchings that give every split task its own support edge, one whose largest resulting load
    /// (whole-task load of the edge plus the task's V_ij) is smallest: binary search over those candidate loads,
    /// each step a maximum matching on the links not above the trial value. Null when no matching covers them all.
    /// </summary>
    private static int[]? BottleneckMatching(ISchedulingInstance instance, List<int> splitTasks, FractionalAssignment shares, double[] wholeLoads)
    {
        var links = splitTasks
            .Select(i => shares.SharesOf(i).ToArray()
                .Select(share => (share.Edge, Load: wholeLoads[share.Edge] + instance.ProcessingTime(i, share.Edge)))
                .OrderBy(link => link.Load).ThenBy(link => link.Edge)
                .ToArray())
            .ToArray();
        var candidates = links.SelectMany(l => l.Select(link => link.Load)).Distinct().Order().ToArray();
        int[]? MatchUpTo(double limit)
        {
            var adjacency = links.Select(l => l.Where(link => link.Load <= limit).Select(link => link.Edge).ToArray()).ToArray();
            var matched = BipartiteMatching.Match(adjacency, instance.EdgeCount);
            return matched.Any(edge => edge < 0) ? null : matched;
        }

        var best = MatchUpTo(candidates[^1]);
        if (best is null)
        {
            return null;
        }
        var lo = 0;
        var hi = candidates.Length - 1;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (MatchUpTo(candidates[mid]) is { } matched)
            {
                best = matched;
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return best;
    }
}
