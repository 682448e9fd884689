using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Core.Scheduling.LoadTracking;

namespace EdgeLearnSim.Core.Tests.Scheduling.Reference;

/// <summary>
/// The move/swap search multi-phase used before its indexed version (kept as the tests' reference, exhaustive scans).
/// An assignment under local search: tasks per edge, loads in a <see cref="LoadTree"/>, and the moves and swaps off
/// the most loaded edge c that multi-phase (docs/schedulers.md) and our local search use. A candidate's value is the larger of
/// the two loads it touches afterwards; the best candidate has the smallest value, ties to the lowest task index,
/// then the lowest edge index (the target edge of a move, the partner's edge of a swap), then the lowest partner index. Each evaluation is O(1) and counted in
/// <see cref="Evaluations"/>.
/// </summary>
internal sealed class ReferenceCriticalEdgeSearch
{
    private readonly ISchedulingInstance instance;
    private readonly TaskEdgeTimes times;

    public ReferenceCriticalEdgeSearch(ISchedulingInstance instance, TaskEdgeTimes times, int[] edgeOf)
    {
        this.instance = instance;
        this.times = times;
        Tasks = new EdgeTaskLists(instance.EdgeCount, edgeOf);
        Loads = new LoadTree(Assignments.Loads(instance, edgeOf));
    }

    public EdgeTaskLists Tasks { get; }

    public LoadTree Loads { get; }

    /// <summary>Candidate moves and swaps evaluated so far.</summary>
    public long Evaluations { get; private set; }

    /// <summary>The best move of a task on <paramref name="critical"/> to another eligible edge.</summary>
    public (double Value, int Task, int Edge) BestMove(int critical)
    {
        var best = (Value: double.PositiveInfinity, Task: -1, Edge: -1);
        var criticalLoad = Loads[critical];
        var tasks = Tasks.TasksOn(critical);
        for (var position = 0; position < tasks.Count; position++)
        {
            var i = tasks[position];
            var remaining = criticalLoad - times[i, critical];
            var eligible = instance.EligibleEdges(i);
            Evaluations += eligible.Length;
            foreach (var k in eligible)
            {
                if (k == critical)
                {
                    continue;
                }
                var value = Math.Max(remaining, Loads[k] + times[i, k]);
                if (value < best.Value || (value == best.Value && (i < best.Task || (i == best.Task && k < best.Edge))))
                {
                    best = (value, i, k);
                }
            }
        }
        return best;
    }

    /// <summary>
    /// The best swap of a task i on <paramref name="critical"/> with a task l on another edge k, each eligible
    /// where it lands: value max(L_c − V_ic + V_lc, L_k − V_lk + V_ik). Partners are all tasks, or only those on
    /// <paramref name="partnerEdges"/> when given.
    /// </summary>
    public (double Value, int Task, int Partner) BestSwap(int critical, IReadOnlyList<int>? partnerEdges = null)
    {
        var best = (Value: double.PositiveInfinity, Task: -1, Edge: -1, Partner: -1);
        var criticalLoad = Loads[critical];
        var tasks = Tasks.TasksOn(critical);
        for (var position = 0; position < tasks.Count; position++)
        {
            var i = tasks[position];
            var remaining = criticalLoad - times[i, critical];
            if (partnerEdges is null)
            {
                var edgeOf = Tasks.EdgeOf;
                Evaluations += edgeOf.Length;
                for (var l = 0; l < edgeOf.Length; l++)
                {
                    if (edgeOf[l] != critical)
                    {
                        Consider(i, remaining, l, edgeOf[l], critical, ref best);
                    }
                }
                continue;
            }
            foreach (var k in partnerEdges)
            {
                var partners = Tasks.TasksOn(k);
                Evaluations += partners.Count;
                for (var index = 0; index < partners.Count; index++)
                {
                    Consider(i, remaining, partners[index], k, critical, ref best);
                }
            }
        }
        return (best.Value, best.Task, best.Partner);
    }

    private void Consider(int i, double remaining, int l, int k, int critical, ref (double Value, int Task, int Edge, int Partner) best)
    {
        var onCritical = remaining + times[l, critical];
        if (onCritical > best.Value)
        {
            return;
        }
        var value = Math.Max(onCritical, Loads[k] - times[l, k] + times[i, k]);
        if (value < best.Value || (value == best.Value && (i, k, l).CompareTo((best.Task, best.Edge, best.Partner)) < 0))
        {
            best = (value, i, k, l);
        }
    }

    /// <summary>Moves <paramref name="task"/> to <paramref name="edge"/>, computing loads as <see cref="BestMove"/> does.</summary>
    public void Move(int task, int edge)
    {
        var from = Tasks.EdgeOf[task];
        Loads.Set(from, Loads[from] - times[task, from]);
        Loads.Set(edge, Loads[edge] + times[task, edge]);
        Tasks.Move(task, edge);
    }

    /// <summary>Exchanges the edges of two tasks on different edges, computing loads as <see cref="BestSwap"/> does.</summary>
    public void Swap(int task, int partner)
    {
        var edgeOfTask = Tasks.EdgeOf[task];
        var edgeOfPartner = Tasks.EdgeOf[partner];
        Loads.Set(edgeOfTask, Loads[edgeOfTask] - times[task, edgeOfTask] + times[partner, edgeOfTask]);
        Loads.Set(edgeOfPartner, Loads[edgeOfPartner] - times[partner, edgeOfPartner] + times[task, edgeOfPartner]);
        Tasks.Move(task, edgeOfPartner);
        Tasks.Move(partner, edgeOfTask);
    }

    /// <summary>
    /// Applies the best improving move, else the best improving swap (partners on <paramref name="partnerEdges"/>
    /// only, when given), off the most loaded edge; false at a local optimum, where nothing lowers both touched
    /// loads below the makespan.
    /// </summary>
    public bool Improve(Func<int, IReadOnlyList<int>>? partnerEdges = null)
    {
        var critical = Loads.MaxEdge;
        var makespan = Loads.Max;
        var move = BestMove(critical);
        if (move.Value < makespan)
        {
            Move(move.Task, move.Edge);
            return true;
        }
        var swap = BestSwap(critical, partnerEdges?.Invoke(critical));
        if (swap.Value < makespan)
        {
            Swap(swap.Task, swap.Partner);
            return true;
        }
        return false;
    }
}
