using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.LoadTracking;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// An assignment under local search: tasks per edge, loads in a <see cref="LoadTree"/>, and the moves and swaps off
/// the most loaded edge c that multi-phase (docs/schedulers.md) and our local search use. A candidate's value is the larger of
/// the two loads it touches afterwards; the best candidate has the smallest value, ties to the lowest task index,
/// then the lowest edge index (the target edge of a move, the partner's edge of a swap), then the lowest partner index. Each evaluation is O(1) and counted in
/// <see cref="Evaluations"/>. Beyond multi-phase's neighbourhoods it offers ejection chains off c
/// (<see cref="BestChain"/>), balancing moves between any two edges (<see cref="BalancePass"/>), and a journal of
/// changes that <see cref="Rollback"/> undoes, so an iterated search returns to its current solution in time
/// proportional to what it changed rather than to n.
/// </summary>
internal sealed class CriticalEdgeSearch
{
    private readonly ISchedulingInstance instance;
    private readonly TaskEdgeTimes times;
    private readonly List<(int Task, int From)> journal = [];
    private bool[]? touched;
    private bool journaling;

    public CriticalEdgeSearch(ISchedulingInstance instance, TaskEdgeTimes times, int[] edgeOf)
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
        Record(task, from);
        Tasks.Move(task, edge);
    }

    /// <summary>Exchanges the edges of two tasks on different edges, computing loads as <see cref="BestSwap"/> does.</summary>
    public void Swap(int task, int partner)
    {
        var edgeOfTask = Tasks.EdgeOf[task];
        var edgeOfPartner = Tasks.EdgeOf[partner];
        Loads.Set(edgeOfTask, Loads[edgeOfTask] - times[task, edgeOfTask] + times[partner, edgeOfTask]);
        Loads.Set(edgeOfPartner, Loads[edgeOfPartner] - times[partner, edgeOfPartner] + times[task, edgeOfPartner]);
        Record(task, edgeOfTask);
        Record(partner, edgeOfPartner);
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

    /// <summary>The <paramref name="count"/> least loaded edges other than <paramref name="critical"/>, ties to the lower index.</summary>
    public IReadOnlyList<int> LeastLoadedEdges(int critical, int count)
    {
        var chosen = new List<int>(count + 1);
        for (var j = 0; j < Loads.Count; j++)
        {
            if (j == critical)
            {
                continue;
            }
            var position = chosen.Count;
            while (position > 0 && Loads[chosen[position - 1]] > Loads[j])
            {
                position--;
            }
            if (position < count)
            {
                chosen.Insert(position, j);
                if (chosen.Count > count)
                {
                    chosen.RemoveAt(count);
                }
            }
        }
        return chosen;
    }

    /// <summary>Returns to <paramref name="target"/>, with loads recomputed from scratch so rounding never accumulates.</summary>
    public void Restore(int[] target)
    {
        for (var i = 0; i < target.Length; i++)
        {
            if (Tasks.EdgeOf[i] != target[i])
            {
                Tasks.Move(i, target[i]);
            }
        }
        var exact = Assignments.Loads(instance, target);
        for (var j = 0; j < exact.Length; j++)
        {
            Loads.Set(j, exact[j]);
        }
    }

    /// <summary>Adds work done outside this class's own neighbourhoods to <see cref="Evaluations"/>.</summary>
    public void Count(long evaluations) => Evaluations += evaluations;

    /// <summary>Starts recording changes: <see cref="Rollback"/> then returns to the assignment of this moment.</summary>
    public void Checkpoint()
    {
        journal.Clear();
        journaling = true;
    }

    /// <summary>
    /// Undoes every change since the last <see cref="Checkpoint"/>, with the loads of the edges involved summed
    /// again from their tasks, so rounding does not accumulate over many rollbacks.
    /// </summary>
    public void Rollback()
    {
        touched ??= new bool[Loads.Count];
        var edges = new List<int>();
        for (var k = journal.Count - 1; k >= 0; k--)
        {
            var (task, from) = journal[k];
            Mark(Tasks.EdgeOf[task], edges);
            Mark(from, edges);
            Tasks.Move(task, from);
        }
        journal.Clear();
        foreach (var edge in edges)
        {
            var load = 0.0;
            var tasks = Tasks.TasksOn(edge);
            for (var position = 0; position < tasks.Count; position++)
            {
                load += times[tasks[position], edge];
            }
            Loads.Set(edge, load);
            touched[edge] = false;
        }
    }

    /// <summary>Takes <paramref name="task"/>'s time off its edge's load; the task stays listed there until <see cref="Place"/>.</summary>
    public void Lift(int task)
    {
        var edge = Tasks.EdgeOf[task];
        Loads.Set(edge, Loads[edge] - times[task, edge]);
    }

    /// <summary>Puts a lifted task on <paramref name="edge"/> (which may be its old one).</summary>
    public void Place(int task, int edge)
    {
        Loads.Set(edge, Loads[edge] + times[task, edge]);
        if (Tasks.EdgeOf[task] != edge)
        {
            Record(task, Tasks.EdgeOf[task]);
            Tasks.Move(task, edge);
        }
    }

    /// <summary>The eligible edge where <paramref name="task"/> would finish first (ties to the lower index), counting each candidate.</summary>
    public int EarliestFinish(int task)
    {
        var eligible = instance.EligibleEdges(task);
        Evaluations += eligible.Length;
        var best = -1;
        var bestFinish = double.PositiveInfinity;
        foreach (var k in eligible)
        {
            var finish = Loads[k] + times[task, k];
            if (finish < bestFinish)
            {
                best = k;
                bestFinish = finish;
            }
        }
        return best;
    }

    /// <summary>
    /// The best ejection chain off <paramref name="critical"/>: a task i moves from c to k while a task l leaves k
    /// for a third edge k′ ∉ {c, k}; value max(L_c − V_ic, L_k + V_ik − V_lk, L_k′ + V_lk′). Each l goes to the
    /// eligible k′ with the smallest finish (the two best are kept so that one of them avoids c). Costs one pass
    /// over the eligible pairs of all tasks plus |c|·n candidates, all counted.
    /// </summary>
    public (double Value, int Task, int Edge, int Partner, int PartnerEdge) BestChain(int critical)
    {
        var edgeOf = Tasks.EdgeOf;
        var n = edgeOf.Length;
        var exitFinish = new double[n];
        var exitEdge = new int[n];
        for (var l = 0; l < n; l++)
        {
            exitEdge[l] = -1;
            exitFinish[l] = double.PositiveInfinity;
            var home = edgeOf[l];
            if (home == critical)
            {
                continue;
            }
            var eligible = instance.EligibleEdges(l);
            Evaluations += eligible.Length;
            foreach (var k in eligible)
            {
                if (k == home || k == critical)
                {
                    continue;
                }
                var finish = Loads[k] + times[l, k];
                if (finish < exitFinish[l])
                {
                    exitFinish[l] = finish;
                    exitEdge[l] = k;
                }
            }
        }
        var best = (Value: double.PositiveInfinity, Task: -1, Edge: -1, Partner: -1, PartnerEdge: -1);
        var makespan = Loads.Max;
        var onCritical = Tasks.TasksOn(critical);
        for (var position = 0; position < onCritical.Count; position++)
        {
            var i = onCritical[position];
            var remaining = Loads[critical] - times[i, critical];
            foreach (var k in instance.EligibleEdges(i))
            {
                if (k == critical)
                {
                    continue;
                }
                var arriving = Loads[k] + times[i, k];
                var partners = Tasks.TasksOn(k);
                Evaluations += partners.Count;
                for (var index = 0; index < partners.Count; index++)
                {
                    var l = partners[index];
                    if (exitEdge[l] < 0 || exitFinish[l] >= makespan)
                    {
                        continue;
                    }
                    var value = Math.Max(remaining, Math.Max(arriving - times[l, k], exitFinish[l]));
                    if (value < best.Value || (value == best.Value && (i, k, l).CompareTo((best.Task, best.Edge, best.Partner)) < 0))
                    {
                        best = (value, i, k, l, exitEdge[l]);
                    }
                }
            }
        }
        return best;
    }

    /// <summary>
    /// One pass over all tasks in index order: each moves to the eligible edge that lowers the larger of the two
    /// loads involved the most, when that larger load falls by more than <paramref name="tolerance"/>. No load
    /// rises above the larger of the pair, so the makespan never grows. The number of moves made.
    /// </summary>
    public int BalancePass(double tolerance)
    {
        var moves = 0;
        var edgeOf = Tasks.EdgeOf;
        for (var i = 0; i < edgeOf.Length; i++)
        {
            var home = edgeOf[i];
            var homeLoad = Loads[home];
            var leaving = homeLoad - times[i, home];
            var eligible = instance.EligibleEdges(i);
            Evaluations += eligible.Length;
            var bestEdge = -1;
            var bestValue = double.PositiveInfinity;
            var bestBefore = 0.0;
            foreach (var k in eligible)
            {
                if (k == home)
                {
                    continue;
                }
                var before = Math.Max(homeLoad, Loads[k]);
                var value = Math.Max(leaving, Loads[k] + times[i, k]);
                if (value < before - tolerance && value - before < bestValue - bestBefore)
                {
                    bestEdge = k;
                    bestValue = value;
                    bestBefore = before;
                }
            }
            if (bestEdge >= 0)
            {
                Move(i, bestEdge);
                moves++;
            }
        }
        return moves;
    }

    private void Record(int task, int from)
    {
        if (journaling)
        {
            journal.Add((task, from));
        }
    }

    private void Mark(int edge, List<int> edges)
    {
        if (!touched![edge])
        {
            touched[edge] = true;
            edges.Add(edge);
        }
    }

    /// <summary>
    /// <see cref="Improve"/> for fully connected related edges at scale: each task on c is offered only the edge
    /// where it would finish first (from <paramref name="envelope"/>, rebuilt for this step), and swap partners come
    /// from the <paramref name="partnerEdgeCount"/> least loaded edges. A step costs O(m + |c|·log m + |c|·partners).
    /// </summary>
    public bool ImproveRelated(FinishEnvelope envelope, ReadOnlySpan<double> sizes, int partnerEdgeCount)
    {
        var critical = Loads.MaxEdge;
        var makespan = Loads.Max;
        envelope.Rebuild(Loads, critical);
        var perQuery = Math.Max(1, System.Numerics.BitOperations.Log2((uint)Loads.Count));
        Evaluations += Loads.Count;
        var best = (Value: double.PositiveInfinity, Task: -1, Edge: -1);
        var tasks = Tasks.TasksOn(critical);
        for (var position = 0; position < tasks.Count; position++)
        {
            var i = tasks[position];
            var k = envelope.Best(sizes[i]);
            Evaluations += perQuery;
            if (k < 0)
            {
                continue;
            }
            var value = Math.Max(Loads[critical] - times[i, critical], Loads[k] + times[i, k]);
            if (value < best.Value || (value == best.Value && i < best.Task))
            {
                best = (value, i, k);
            }
        }
        if (best.Value < makespan)
        {
            Move(best.Task, best.Edge);
            return true;
        }
        var swap = BestSwap(critical, LeastLoadedEdges(critical, partnerEdgeCount));
        if (swap.Value < makespan)
        {
            Swap(swap.Task, swap.Partner);
            return true;
        }
        return false;
    }
}
