using System.Collections.Frozen;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.LoadTracking;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// <c>multi-phase</c>: the multi-phase heuristic for unrelated parallel machines of A. Al-Salem (2004), the paper's
/// ref. [12], implemented as described in the literature; the original text of Al-Salem (2004) was not available
/// (docs/schedulers.md).
/// <list type="number">
/// <item>Phase 1: tasks in index order, each on the eligible edge with the smallest V_ij; ties to the edge with the
/// lower current load, then the lower index.</item>
/// <item>Repeat while phase 2 or 3 changes something; c is the most loaded edge (ties: lower index), C = L_c.
/// Phase 2: the move of a task i on c to an eligible edge k ≠ c minimising max(L_c − V_ic, L_k + V_ik), applied
/// if below C. Phase 3, only when no move applies: the swap of i on c with a task l on k ≠ c, each eligible where
/// it lands, minimising max(L_c − V_ic + V_lc, L_k − V_lk + V_ik), applied under the same rule.</item>
/// </list>
/// Ties go to the lowest task index, then the lowest edge index (a move's target, a swap partner's edge), then the
/// lowest partner index. Every change leaves
/// both touched loads below C, so the sorted load vector falls strictly and the loop ends. Deterministic; the
/// loads and the most loaded edge are kept in a <see cref="LoadTree"/>, so each candidate costs O(1).
/// </summary>
public sealed class MultiPhaseScheduler : IScheduler
{
    public static SchedulerDescriptor Descriptor { get; } = new(
        "multi-phase",
        "Al-Salem's multi-phase heuristic (paper ref. [12]) as described in the literature: fastest edge, then moves and swaps off the busiest edge.",
        FrozenDictionary<string, double>.Empty,
        _ => new MultiPhaseScheduler());

    public string Name => Descriptor.Name;

    public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        var budget = new RunBudget(context);
        var times = new TaskEdgeTimes(instance);
        var start = FastestEdges(instance, times);
        // Related instances take the indexed search (same choices, no scans); unrelated ones the plain one.
        Func<bool> improve;
        Func<int[]> assignment;
        if (instance.Related is { } related)
        {
            var indexed = new MultiPhaseSearch(instance, related, times, start);
            (improve, assignment) = (indexed.Improve, () => indexed.EdgeOf);
        }
        else
        {
            var plain = new CriticalEdgeSearch(instance, times, start);
            (improve, assignment) = (() => plain.Improve(), plain.Tasks.ToArray);
        }
        var exit = ExitReason.Completed;
        long changes = 0;
        while (true)
        {
            if (budget.Interruption() is { } reason)
            {
                exit = reason;
                break;
            }
            if (!improve())
            {
                break;
            }
            changes++;
        }
        return Assignments.ToResult(instance, assignment(), exit, iterations: changes);
    }

    /// <summary>Phase 1: each task, in index order, on its fastest eligible edge (ties: lower load, lower index).</summary>
    internal static int[] FastestEdges(ISchedulingInstance instance, TaskEdgeTimes times)
    {
        var edgeOf = new int[instance.TaskCount];
        var loads = new double[instance.EdgeCount];
        // Only eligible pairs are read, so a related instance's s_i / B_j needs no eligibility lookup.
        var related = instance.Related;
        for (var i = 0; i < edgeOf.Length; i++)
        {
            var bestEdge = -1;
            var bestTime = double.PositiveInfinity;
            foreach (var j in instance.EligibleEdges(i))
            {
                var time = related is null ? times[i, j] : related.Sizes[i] / related.Speeds[j];
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
