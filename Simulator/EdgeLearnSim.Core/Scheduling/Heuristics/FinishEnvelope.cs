using EdgeLearnSim.Core.Scheduling.LoadTracking;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// For fully connected related edges (V_ij = s_i/B_j), the edge where a task of size s finishes first is the one
/// minimising L_k + s·(1/B_k): the lower envelope of m lines in s. Built in O(m) from the edges pre-sorted by speed
/// (once), queried in O(log m), so a move off the most loaded edge costs O(log m) per task instead of O(m).
/// </summary>
internal sealed class FinishEnvelope
{
    private readonly double[] speeds;
    private readonly int[] bySlope;
    private readonly int[] hull;
    private readonly double[] from;
    private int count;

    public FinishEnvelope(ReadOnlySpan<double> speeds)
    {
        this.speeds = speeds.ToArray();
        var speedsCopy = this.speeds;
        bySlope = [.. Enumerable.Range(0, speeds.Length).OrderBy(j => speedsCopy[j]).ThenBy(j => j)];
        hull = new int[speeds.Length];
        from = new double[speeds.Length];
    }

    /// <summary>Rebuilds the envelope for the current loads, leaving <paramref name="excluded"/> out. Costs m.</summary>
    public void Rebuild(LoadTree loads, int excluded)
    {
        count = 0;
        // Slopes 1/B fall as B rises; for equal speeds only the least loaded line can be on the envelope.
        for (var position = 0; position < bySlope.Length; position++)
        {
            var k = bySlope[position];
            if (k == excluded)
            {
                continue;
            }
            if (count > 0 && speeds[hull[count - 1]] == speeds[k])
            {
                if (loads[k] >= loads[hull[count - 1]])
                {
                    continue;
                }
                count--;
            }
            while (count > 0)
            {
                var start = Crossing(loads, hull[count - 1], k);
                if (start <= from[count - 1])
                {
                    count--;
                }
                else
                {
                    hull[count] = k;
                    from[count] = start;
                    count++;
                    break;
                }
            }
            if (count == 0)
            {
                hull[0] = k;
                from[0] = double.NegativeInfinity;
                count = 1;
            }
        }
    }

    /// <summary>The edge (other than the excluded one) on which a task of size <paramref name="size"/> finishes first, or −1 if none.</summary>
    public int Best(double size)
    {
        if (count == 0)
        {
            return -1;
        }
        int low = 0, high = count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (from[middle] <= size)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        return hull[low];
    }

    /// <summary>The size from which line b (faster edge) lies below line a (slower edge).</summary>
    private double Crossing(LoadTree loads, int a, int b) => (loads[b] - loads[a]) / ((1 / speeds[a]) - (1 / speeds[b]));
}
