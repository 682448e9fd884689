namespace EdgeLearnSim.Core.Scheduling.LoadTracking;

/// <summary>
/// Which of m uniformly related edges finishes a task of size s soonest: the edge j minimising the double
/// L_j + s / B_j, evaluated exactly as a plain scan does, ties to the lower index. A kinetic tournament tree: every
/// node keeps the winner among its edges at the last queried size and the interval of sizes over which that winner
/// provably stands, so a query replays only the nodes whose interval the new size leaves and a load change only its
/// leaf's path. When sizes fall gradually (LPT order) that is O(log² m) amortised per query instead of O(m).
/// </summary>
internal sealed class EarliestFinishTree
{
    // A comparison is trusted while the real difference of the two finishes exceeds this share of their sum: about
    // 180 times the rounding of both finishes and of their difference, so no rounding can flip it inside the interval.
    private const double Margin = 1e-13;

    // Bounds the rounding of 1/B_o − 1/B_w relative to 1/B_o + 1/B_w.
    private const double RateRounding = 1e-15;

    private readonly double[] speeds;
    private readonly double[] loads;
    private readonly int leafCount;
    private readonly int[] winner;
    private readonly double[] validFrom;
    private readonly double[] validTo;
    private double size = double.NaN;

    /// <param name="speeds">B_j, positive; every load starts at 0.</param>
    public EarliestFinishTree(ReadOnlySpan<double> speeds)
    {
        if (speeds.IsEmpty)
        {
            throw new ArgumentException("An earliest-finish tree needs at least one edge.", nameof(speeds));
        }
        this.speeds = speeds.ToArray();
        loads = new double[speeds.Length];
        leafCount = 1;
        while (leafCount < speeds.Length)
        {
            leafCount *= 2;
        }
        winner = new int[2 * leafCount];
        validFrom = new double[2 * leafCount];
        validTo = new double[2 * leafCount];
        for (var node = 1; node < leafCount; node++)
        {
            validFrom[node] = double.PositiveInfinity;
            validTo[node] = double.NegativeInfinity;
        }
        for (var j = 0; j < leafCount; j++)
        {
            winner[leafCount + j] = j < speeds.Length ? j : -1;
            validFrom[leafCount + j] = double.NegativeInfinity;
            validTo[leafCount + j] = double.PositiveInfinity;
        }
    }

    /// <summary>The current loads L_j (a live view: change them through <see cref="SetLoad"/>).</summary>
    public ReadOnlySpan<double> Loads => loads;

    /// <summary>L_j + s / B_j, the value the tree compares.</summary>
    public double Finish(int edge, double taskSize) => loads[edge] + taskSize / speeds[edge];

    /// <summary>The edge with the earliest finish for a task of <paramref name="taskSize"/>, ties to the lower index.</summary>
    public int Earliest(double taskSize)
    {
        if (!(taskSize > 0 && double.IsFinite(taskSize)))
        {
            throw new ArgumentOutOfRangeException(nameof(taskSize), taskSize, "Task sizes must be positive and finite.");
        }
        size = taskSize;
        Refresh(1);
        return winner[1];
    }

    /// <summary>Sets the load of <paramref name="edge"/>; call it after <see cref="Earliest"/>.</summary>
    public void SetLoad(int edge, double load)
    {
        if (double.IsNaN(size))
        {
            throw new InvalidOperationException("Query the tree before changing a load.");
        }
        loads[edge] = load;
        for (var node = (leafCount + edge) / 2; node >= 1; node /= 2)
        {
            Combine(node);
        }
    }

    private void Refresh(int node)
    {
        if (node >= leafCount || (size >= validFrom[node] && size <= validTo[node]))
        {
            return;
        }
        Refresh(2 * node);
        Refresh(2 * node + 1);
        Combine(node);
    }

    private void Combine(int node)
    {
        var left = 2 * node;
        var right = left + 1;
        var a = winner[left];
        var b = winner[right];
        var from = Math.Max(validFrom[left], validFrom[right]);
        var to = Math.Min(validTo[left], validTo[right]);
        if (a < 0 || b < 0)
        {
            winner[node] = a < 0 ? b : a;
        }
        else
        {
            var finishA = Finish(a, size);
            var finishB = Finish(b, size);
            // a is the lower index (left subtree), so it wins ties.
            var (won, lost, wonFinish, lostFinish) = finishB < finishA ? (b, a, finishB, finishA) : (a, b, finishA, finishB);
            winner[node] = won;
            var (pairFrom, pairTo) = StandingInterval(won, lost, wonFinish, lostFinish);
            from = Math.Max(from, pairFrom);
            to = Math.Min(to, pairTo);
        }
        validFrom[node] = from;
        validTo[node] = to;
    }

    /// <summary>
    /// Sizes over which <paramref name="won"/> provably still beats <paramref name="lost"/> at the current loads. In
    /// real numbers the difference of the finishes moves by (s′ − s)(1/B_lost − 1/B_won); the interval keeps it above
    /// the margin. Above s the rounding grows with the finishes, so the interval stops at 2s.
    /// </summary>
    private (double From, double To) StandingInterval(int won, int lost, double wonFinish, double lostFinish)
    {
        var gap = lostFinish - wonFinish;
        var margin = Margin * (wonFinish + lostFinish);
        if (!(gap > margin))
        {
            return (size, size);
        }
        var slack = (gap - margin) * (1 - 1e-9);
        var wonRate = 1 / speeds[won];
        var lostRate = 1 / speeds[lost];
        var rate = lostRate - wonRate;
        var rateError = RateRounding * (wonRate + lostRate);
        var falling = rate + rateError;
        var rising = rateError - rate;
        var from = falling > 0 ? Math.Min(size, Math.BitIncrement(size - slack / falling)) : double.NegativeInfinity;
        var to = rising > 0 ? Math.Max(size, Math.BitDecrement(size + slack / rising)) : double.PositiveInfinity;
        return (from, Math.Min(to, 2 * size));
    }
}
