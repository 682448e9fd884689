namespace EdgeLearnSim.Core.Scheduling;

/// <summary>Indices sorted by non-increasing key, ties to the lower index (the LPT order and its relatives).</summary>
internal static class DescendingOrder
{
    /// <summary>The permutation of 0..n−1 by (key descending, index ascending); keys must not be NaN.</summary>
    public static int[] Of(ReadOnlySpan<double> keys)
    {
        var n = keys.Length;
        var negated = new double[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
            negated[i] = -keys[i];
        }
        // A primitive-key sort, then each run of equal keys put back in index order: the same order as one
        // comparison sort over (key descending, index), several times faster at 10^6 keys.
        Array.Sort(negated, order);
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && negated[end] == negated[start])
            {
                end++;
            }
            if (end - start > 1)
            {
                Array.Sort(order, start, end - start);
            }
            start = end;
        }
        return order;
    }
}
