namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// An upper bound on a 0/1 knapsack max Σ p_k y_k subject to Σ w_k y_k ≤ capacity (p_k &gt; 0, w_k ≥ 0), by
/// depth-first branch and bound over items in decreasing p/w order with the Dantzig (LP) bound. Each subtree
/// answers an upper bound on its own optimum: its exact optimum when searched out, else its LP bound, so the
/// answer is an upper bound whatever the node limit, and the exact optimum when the limit is not reached.
/// <see cref="Chosen"/> is the best feasible selection found (feasible for the given capacity).
/// Reused across calls to avoid allocation; not thread-safe.
/// </summary>
internal sealed class KnapsackUpperBound
{
    // The recursion is one frame per item; beyond this many items only the LP bound is used.
    private const int MaxBranchingItems = 4_000;

    private readonly List<(int Id, double Profit, double Weight)> items = [];
    private readonly List<int> path = [];
    private readonly List<int> best = [];
    private double[] profits = [];
    private double[] weights = [];
    private int[] ids = [];
    private double incumbent;
    private long nodes;
    private long nodeLimit;

    /// <summary>The ids of the best feasible selection of the last <see cref="Solve"/>.</summary>
    public IReadOnlyList<int> Chosen => best;

    /// <summary>Branch-and-bound nodes used by the last <see cref="Solve"/>.</summary>
    public long Nodes => nodes;

    public void Clear() => items.Clear();

    /// <summary>Adds an item; items with no profit are ignored, as no optimum needs them.</summary>
    public void Add(int id, double profit, double weight)
    {
        if (profit > 0)
        {
            items.Add((id, profit, weight));
        }
    }

    /// <summary>Solves over the added items; returns an upper bound on the optimum (exact when <see cref="Nodes"/> ≤ the limit).</summary>
    public double Solve(double capacity, long maxNodes)
    {
        best.Clear();
        path.Clear();
        nodes = 0;
        nodeLimit = maxNodes;
        var free = 0.0;
        var count = 0;
        EnsureCapacity(items.Count);
        foreach (var (id, profit, weight) in items)
        {
            if (weight <= 0)
            {
                free += profit;
                best.Add(id);
                path.Add(id);
            }
            else if (weight <= capacity)
            {
                ids[count] = id;
                profits[count] = profit;
                weights[count] = weight;
                count++;
            }
        }
        // Decreasing profit per weight, ties to the lower id, so the search (and the selection) is reproducible.
        var order = new int[count];
        for (var k = 0; k < count; k++)
        {
            order[k] = k;
        }
        var ratio = new double[count];
        for (var k = 0; k < count; k++)
        {
            ratio[k] = profits[k] / weights[k];
        }
        Array.Sort(order, (a, b) => ratio[a] != ratio[b] ? ratio[b].CompareTo(ratio[a]) : ids[a].CompareTo(ids[b]));
        Permute(order, count);
        incumbent = 0;
        if (count > MaxBranchingItems)
        {
            nodeLimit = 0;
        }
        var bound = Explore(0, count, capacity, 0);
        return free + Math.Max(incumbent, bound);
    }

    private double Explore(int k, int count, double room, double profit)
    {
        var filled = profit;
        var left = room;
        var stop = k;
        while (stop < count && weights[stop] <= left)
        {
            filled += profits[stop];
            left -= weights[stop];
            stop++;
        }
        if (filled > incumbent)
        {
            incumbent = filled;
            best.Clear();
            best.AddRange(path);
            for (var t = k; t < stop; t++)
            {
                best.Add(ids[t]);
            }
        }
        if (stop == count)
        {
            // Everything left fits: the greedy fill is this subtree's optimum.
            return filled;
        }
        var upper = filled + (left * profits[stop] / weights[stop]);
        if (upper <= incumbent || ++nodes > nodeLimit)
        {
            return upper;
        }
        var result = double.NegativeInfinity;
        if (weights[k] <= room)
        {
            path.Add(ids[k]);
            result = Explore(k + 1, count, room - weights[k], profit + profits[k]);
            path.RemoveAt(path.Count - 1);
        }
        return Math.Max(result, Explore(k + 1, count, room, profit));
    }

    private void EnsureCapacity(int size)
    {
        if (profits.Length < size)
        {
            profits = new double[size];
            weights = new double[size];
            ids = new int[size];
        }
    }

    private void Permute(int[] order, int count)
    {
        var p = new double[count];
        var w = new double[count];
        var d = new int[count];
        for (var k = 0; k < count; k++)
        {
            p[k] = profits[order[k]];
            w[k] = weights[order[k]];
            d[k] = ids[order[k]];
        }
        Array.Copy(p, profits, count);
        Array.Copy(w, weights, count);
        Array.Copy(d, ids, count);
    }
}
