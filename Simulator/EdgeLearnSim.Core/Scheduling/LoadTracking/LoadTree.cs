namespace EdgeLearnSim.Core.Scheduling.LoadTracking;

/// <summary>
/// Edge loads L_j in a max segment tree, so a trial move is evaluated without scanning the edges:
/// <see cref="Add"/> is O(log m), <see cref="Max"/> and <see cref="MaxEdge"/> are O(1), and
/// <see cref="MaxExcluding"/> is O(1) unless one of the two excluded edges is the most loaded one, then O(log m).
/// Ties for the maximum go to the lower edge index.
/// </summary>
public sealed class LoadTree
{
    private readonly int leafCount;
    private readonly double[] loads;
    private readonly int[] argMax;

    public LoadTree(ReadOnlySpan<double> initialLoads)
    {
        if (initialLoads.IsEmpty)
        {
            throw new ArgumentException("A load tree needs at least one edge.", nameof(initialLoads));
        }
        Count = initialLoads.Length;
        leafCount = 1;
        while (leafCount < Count)
        {
            leafCount *= 2;
        }
        loads = new double[leafCount];
        loads.AsSpan().Fill(double.NegativeInfinity);
        initialLoads.CopyTo(loads);
        argMax = new int[2 * leafCount];
        for (var j = 0; j < leafCount; j++)
        {
            argMax[leafCount + j] = j;
        }
        for (var node = leafCount - 1; node >= 1; node--)
        {
            argMax[node] = Better(argMax[2 * node], argMax[2 * node + 1]);
        }
    }

    /// <summary>The number of edges m.</summary>
    public int Count { get; }

    /// <summary>The current load of <paramref name="edge"/>.</summary>
    public double this[int edge] => loads[edge];

    /// <summary>The most loaded edge, ties to the lower index.</summary>
    public int MaxEdge => argMax[1];

    /// <summary>The makespan max_j L_j.</summary>
    public double Max => loads[argMax[1]];

    /// <summary>Adds <paramref name="delta"/> to the load of <paramref name="edge"/>.</summary>
    public void Add(int edge, double delta) => Set(edge, loads[edge] + delta);

    /// <summary>Sets the load of <paramref name="edge"/>.</summary>
    public void Set(int edge, double load)
    {
        if ((uint)edge >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(edge));
        }
        loads[edge] = load;
        for (var node = (leafCount + edge) / 2; node >= 1; node /= 2)
        {
            argMax[node] = Better(argMax[2 * node], argMax[2 * node + 1]);
        }
    }

    /// <summary>
    /// The largest load among edges other than <paramref name="first"/> and <paramref name="second"/> (which may
    /// be equal); negative infinity when no other edge exists.
    /// </summary>
    public double MaxExcluding(int first, int second)
    {
        var top = argMax[1];
        if (top != first && top != second)
        {
            return loads[top];
        }
        var low = Math.Min(first, second);
        var high = Math.Max(first, second);
        return Math.Max(RangeMax(0, low), Math.Max(RangeMax(low + 1, high), RangeMax(high + 1, leafCount)));
    }

    /// <summary>The largest load over edges in [from, to), or negative infinity when the range is empty.</summary>
    private double RangeMax(int from, int to)
    {
        var best = double.NegativeInfinity;
        for (int left = from + leafCount, right = to + leafCount; left < right; left /= 2, right /= 2)
        {
            if ((left & 1) == 1)
            {
                best = Math.Max(best, loads[argMax[left++]]);
            }
            if ((right & 1) == 1)
            {
                best = Math.Max(best, loads[argMax[--right]]);
            }
        }
        return best;
    }

    private int Better(int a, int b) => loads[b] > loads[a] ? b : a;
}
