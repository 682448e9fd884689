namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// g(t) for a fully connected related instance (docs/model.md, "Lower bounds"). Under pruning task i may use exactly the edges with
/// s_i/B_j ≤ t, a prefix of the edges sorted by bandwidth; such nested sets are feasible iff for every prefix p the
/// tasks confined to it fit: Σ_{i: k_i ≤ p} s_i ≤ T·Σ_{j ≤ p} B_(j). Larger tasks reach fewer edges, so the confined
/// tasks are a prefix of the tasks sorted by size and each g(t) costs O(m log n) after an O(n log n) sort.
/// </summary>
internal sealed class NestedCapacityRatio : IPrunedCapacityRatio
{
    private readonly double[] sizesDescending;
    private readonly double[] sizePrefix;
    private readonly double[] speedsDescending;
    private readonly double[] speedPrefix;

    public NestedCapacityRatio(ReadOnlySpan<double> sizes, ReadOnlySpan<double> speeds)
    {
        sizesDescending = sizes.ToArray();
        Array.Sort(sizesDescending, (a, b) => b.CompareTo(a));
        speedsDescending = speeds.ToArray();
        Array.Sort(speedsDescending, (a, b) => b.CompareTo(a));
        sizePrefix = CompensatedPrefixSums(sizesDescending);
        speedPrefix = CompensatedPrefixSums(speedsDescending);
        LargestShortestTime = sizesDescending.Length == 0 ? 0 : sizesDescending[0] / speedsDescending[0];
        FeasibleMakespan = sizePrefix[^1] / speedsDescending[0];
    }

    public double LargestShortestTime { get; }

    public double FeasibleMakespan { get; }

    public double Ratio(double trialMakespan)
    {
        var n = sizesDescending.Length;
        if (n == 0)
        {
            return 0;
        }
        if (sizesDescending[0] / speedsDescending[0] > trialMakespan)
        {
            return double.PositiveInfinity;
        }
        var worst = 0.0;
        var m = speedsDescending.Length;
        for (var p = 1; p <= m; p++)
        {
            var confined = p == m ? n : CountSlowerThan(trialMakespan, speedsDescending[p]);
            worst = Math.Max(worst, sizePrefix[confined] / speedPrefix[p]);
        }
        return worst;
    }

    public double NextBreakpoint(double trialMakespan)
    {
        var next = double.PositiveInfinity;
        foreach (var speed in speedsDescending)
        {
            var above = CountSlowerThan(trialMakespan, speed);
            if (above > 0)
            {
                next = Math.Min(next, sizesDescending[above - 1] / speed);
            }
        }
        return next;
    }

    /// <summary>The number of tasks (a prefix of the size order) with s_i / speed &gt; t: those that cannot use the edge.</summary>
    private int CountSlowerThan(double trialMakespan, double speed)
    {
        var low = 0;
        var high = sizesDescending.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sizesDescending[middle] / speed > trialMakespan)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>Prefix sums with Neumaier compensation, so 10^6 sizes add up to within a few ulps.</summary>
    internal static double[] CompensatedPrefixSums(double[] values)
    {
        var prefix = new double[values.Length + 1];
        var sum = 0.0;
        var compensation = 0.0;
        for (var k = 0; k < values.Length; k++)
        {
            var value = values[k];
            var next = sum + value;
            compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - next) + value : (value - next) + sum;
            sum = next;
            prefix[k + 1] = sum + compensation;
        }
        return prefix;
    }
}
