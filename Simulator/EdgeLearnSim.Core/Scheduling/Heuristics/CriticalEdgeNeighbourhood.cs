using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.LoadTracking;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// The moves and swaps off the most loaded edge c that multi-phase (SPEC §6) and our local search use. A
/// candidate's value is the larger of the two loads it touches afterwards; the best candidate has the smallest
/// value, ties to the lowest task index, then the lowest edge (move) or partner task (swap) index. Each
/// evaluation is O(1) given the loads.
/// </summary>
internal static class CriticalEdgeNeighbourhood
{
    /// <summary>The best move of a task on <paramref name="critical"/> to another eligible edge.</summary>
    public static (double Value, int Task, int Edge) BestMove(
        ISchedulingInstance instance, EdgeTaskLists lists, LoadTree loads, int critical)
    {
        var best = (Value: double.PositiveInfinity, Task: -1, Edge: -1);
        var criticalLoad = loads[critical];
        foreach (var i in lists.TasksOn(critical))
        {
            var remaining = criticalLoad - instance.ProcessingTime(i, critical);
            foreach (var k in instance.EligibleEdges(i))
            {
                if (k == critical)
                {
                    continue;
                }
                var value = Math.Max(remaining, loads[k] + instance.ProcessingTime(i, k));
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
    /// where it lands: value max(L_c − V_ic + V_lc, L_k − V_lk + V_ik).
    /// </summary>
    public static (double Value, int Task, int Partner) BestSwap(
        ISchedulingInstance instance, EdgeTaskLists lists, LoadTree loads, int critical)
    {
        var best = (Value: double.PositiveInfinity, Task: -1, Partner: -1);
        var criticalLoad = loads[critical];
        var edgeOf = lists.EdgeOf;
        foreach (var i in lists.TasksOn(critical))
        {
            var remaining = criticalLoad - instance.ProcessingTime(i, critical);
            for (var l = 0; l < edgeOf.Length; l++)
            {
                var k = edgeOf[l];
                if (k == critical)
                {
                    continue;
                }
                var onCritical = remaining + instance.ProcessingTime(l, critical);
                if (onCritical > best.Value)
                {
                    continue;
                }
                var onOther = loads[k] - instance.ProcessingTime(l, k) + instance.ProcessingTime(i, k);
                var value = Math.Max(onCritical, onOther);
                if (value < best.Value || (value == best.Value && (i < best.Task || (i == best.Task && l < best.Partner))))
                {
                    best = (value, i, l);
                }
            }
        }
        return best;
    }

    /// <summary>Moves <paramref name="task"/> to <paramref name="edge"/>, keeping lists and loads in step.</summary>
    public static void Move(ISchedulingInstance instance, EdgeTaskLists lists, LoadTree loads, int task, int edge)
    {
        var from = lists.EdgeOf[task];
        loads.Add(from, -instance.ProcessingTime(task, from));
        loads.Add(edge, instance.ProcessingTime(task, edge));
        lists.Move(task, edge);
    }

    /// <summary>
    /// Exchanges the edges of two tasks on different edges, computing the new loads with the same operations as
    /// <see cref="BestSwap"/> so an accepted value is exactly the stored one.
    /// </summary>
    public static void Swap(ISchedulingInstance instance, EdgeTaskLists lists, LoadTree loads, int task, int partner)
    {
        var edgeOfTask = lists.EdgeOf[task];
        var edgeOfPartner = lists.EdgeOf[partner];
        loads.Set(edgeOfTask, loads[edgeOfTask] - instance.ProcessingTime(task, edgeOfTask) + instance.ProcessingTime(partner, edgeOfTask));
        loads.Set(edgeOfPartner, loads[edgeOfPartner] - instance.ProcessingTime(partner, edgeOfPartner) + instance.ProcessingTime(task, edgeOfPartner));
        lists.Move(task, edgeOfPartner);
        lists.Move(partner, edgeOfTask);
    }
}
