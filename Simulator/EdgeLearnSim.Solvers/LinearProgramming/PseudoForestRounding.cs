using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>
/// The rounding step of Lenstra–Shmoys–Tardos: keep the tasks an extreme point of LP(T) places whole; the
/// split tasks and the edges they use form a pseudo-forest (each component has no more task–edge links than
/// nodes), which always has a matching giving every split task its own edge, so each edge gains at most one
/// task of length ≤ T. Found here as a maximum bipartite matching on the split tasks' support. Should GLOP's
/// point fail to be a vertex numerically (no such matching), <see cref="SlotRounding"/> takes over, which
/// keeps the same load bound for any feasible fractional point.
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

        // Largest share first, so the matching prefers where the LP put most of the task.
        var adjacency = splitTasks
            .Select(i => shares.SharesOf(i).ToArray().OrderByDescending(s => s.Share).ThenBy(s => s.Edge).Select(s => s.Edge).ToArray())
            .ToArray();
        var matched = BipartiteMatching.Match(adjacency, instance.EdgeCount);
        if (matched.Any(edge => edge < 0))
        {
            return new RoundedAssignment(SlotRounding.Round(instance, shares), splitTasks.Count, UsedSlotRounding: true);
        }
        for (var k = 0; k < splitTasks.Count; k++)
        {
            edgeOf[splitTasks[k]] = matched[k];
        }
        return new RoundedAssignment(edgeOf, splitTasks.Count, UsedSlotRounding: false);
    }
}
