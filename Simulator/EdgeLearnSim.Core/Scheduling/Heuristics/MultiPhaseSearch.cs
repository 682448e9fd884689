using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.LoadTracking;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// multi-phase's phases 2 and 3 (docs/schedulers.md) for related instances (V_ij = s_i / B_j), making the same choice as the
/// exhaustive scan over every move and every swap off the most loaded edge c (value = the larger touched load, ties to
/// the lowest task, edge, partner) without scanning: each edge keeps its tasks ordered by size, so the tasks on c are
/// visited largest first and the visit stops once L_c − V_ic alone exceeds the best value; a swap's partners on an
/// edge k are only those whose size lies in the window where both touched loads can stay at or below the best value
/// (widened by 1e-9·C, far above rounding, and every candidate in it evaluated exactly as the scan does). Candidates
/// at or above C are never applied, so they are not looked for.
/// </summary>
internal sealed class MultiPhaseSearch
{
    private const double WindowSlack = 1e-9;

    private readonly ISchedulingInstance instance;
    private readonly TaskEdgeTimes times;
    private readonly double[] sizes;
    private readonly double[] speeds;
    private readonly int[] edgeOf;
    private readonly int[] rankOf;
    private readonly int[] taskAt;
    private readonly double[] sizeAt;
    private readonly SortedSet<int>[] ranksOn;
    private readonly LoadTree loads;

    public MultiPhaseSearch(ISchedulingInstance instance, RelatedMachines related, TaskEdgeTimes times, int[] initial)
    {
        this.instance = instance;
        this.times = times;
        sizes = related.Sizes.ToArray();
        speeds = related.Speeds.ToArray();
        edgeOf = initial.ToArray();
        var n = sizes.Length;
        taskAt = DescendingOrder.Of(sizes);
        rankOf = new int[n];
        sizeAt = new double[n];
        for (var r = 0; r < n; r++)
        {
            rankOf[taskAt[r]] = r;
            sizeAt[r] = sizes[taskAt[r]];
        }
        ranksOn = new SortedSet<int>[instance.EdgeCount];
        for (var j = 0; j < ranksOn.Length; j++)
        {
            ranksOn[j] = [];
        }
        for (var i = 0; i < n; i++)
        {
            ranksOn[edgeOf[i]].Add(rankOf[i]);
        }
        loads = new LoadTree(Assignments.Loads(instance, edgeOf));
    }

    /// <summary>The current assignment (a copy).</summary>
    public int[] EdgeOf => edgeOf.ToArray();

    /// <summary>Applies the best improving move, else the best improving swap, off the most loaded edge; false when none improves.</summary>
    public bool Improve()
    {
        var critical = loads.MaxEdge;
        var makespan = loads.Max;
        var move = BestMove(critical, makespan);
        if (move.Task >= 0)
        {
            loads.Set(critical, loads[critical] - times[move.Task, critical]);
            loads.Set(move.Edge, loads[move.Edge] + times[move.Task, move.Edge]);
            Relocate(move.Task, move.Edge);
            return true;
        }
        var swap = BestSwap(critical, makespan);
        if (swap.Task >= 0)
        {
            var other = edgeOf[swap.Partner];
            loads.Set(critical, loads[critical] - times[swap.Task, critical] + times[swap.Partner, critical]);
            loads.Set(other, loads[other] - times[swap.Partner, other] + times[swap.Task, other]);
            Relocate(swap.Task, other);
            Relocate(swap.Partner, critical);
            return true;
        }
        return false;
    }

    private (int Task, int Edge) BestMove(int critical, double makespan)
    {
        var best = (Value: double.PositiveInfinity, Task: -1, Edge: -1);
        var criticalLoad = loads[critical];
        foreach (var r in ranksOn[critical])
        {
            var i = taskAt[r];
            var remaining = criticalLoad - times[i, critical];
            if (remaining > best.Value)
            {
                break;
            }
            foreach (var k in instance.EligibleEdges(i))
            {
                if (k == critical)
                {
                    continue;
                }
                var value = Math.Max(remaining, loads[k] + sizes[i] / speeds[k]);
                if (value < best.Value || (value == best.Value && (i < best.Task || (i == best.Task && k < best.Edge))))
                {
                    best = (value, i, k);
                }
            }
        }
        return best.Value < makespan ? (best.Task, best.Edge) : (-1, -1);
    }

    private (int Task, int Partner) BestSwap(int critical, double makespan)
    {
        var best = (Value: double.PositiveInfinity, Task: -1, Edge: -1, Partner: -1);
        var criticalLoad = loads[critical];
        var slack = WindowSlack * makespan;
        foreach (var r in ranksOn[critical])
        {
            var i = taskAt[r];
            var remaining = criticalLoad - times[i, critical];
            var threshold = Math.Min(best.Value, makespan);
            if (remaining > threshold)
            {
                break;
            }
            foreach (var k in instance.EligibleEdges(i))
            {
                if (k == critical || ranksOn[k].Count == 0)
                {
                    continue;
                }
                threshold = Math.Min(best.Value, makespan);
                var onOther = sizes[i] / speeds[k];
                // remaining + s_l/B_c ≤ threshold and L_k − s_l/B_k + V_ik ≤ threshold, with slack.
                var largest = (threshold - remaining + slack) * speeds[critical];
                var smallest = (loads[k] + onOther - threshold - slack) * speeds[k];
                if (smallest > largest)
                {
                    continue;
                }
                var (from, to) = (FirstRankAtMost(largest), LastRankAtLeast(smallest));
                if (from > to)
                {
                    continue;
                }
                foreach (var partnerRank in ranksOn[k].GetViewBetween(from, to))
                {
                    var l = taskAt[partnerRank];
                    var onCritical = remaining + times[l, critical];
                    if (onCritical > best.Value)
                    {
                        continue;
                    }
                    var value = Math.Max(onCritical, loads[k] - times[l, k] + onOther);
                    if (value < best.Value || (value == best.Value && (i, k, l).CompareTo((best.Task, best.Edge, best.Partner)) < 0))
                    {
                        best = (value, i, k, l);
                    }
                }
            }
        }
        return best.Value < makespan ? (best.Task, best.Partner) : (-1, -1);
    }

    /// <summary>The first rank whose size is at most <paramref name="size"/> (sizes fall with rank); n when none.</summary>
    private int FirstRankAtMost(double size)
    {
        var (low, high) = (0, sizeAt.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sizeAt[middle] <= size)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }

    /// <summary>The last rank whose size is at least <paramref name="size"/>; −1 when none.</summary>
    private int LastRankAtLeast(double size)
    {
        var (low, high) = (0, sizeAt.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sizeAt[middle] >= size)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low - 1;
    }

    private void Relocate(int task, int edge)
    {
        ranksOn[edgeOf[task]].Remove(rankOf[task]);
        ranksOn[edge].Add(rankOf[task]);
        edgeOf[task] = edge;
    }
}
