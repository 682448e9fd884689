namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// g(t) for a related instance with eligibility lists (docs/model.md, "Lower bounds"), by maximum flow: source → task i (capacity s_i),
/// task i → edge j for j ∈ E_i with s_i/B_j ≤ t, edge j → sink (capacity T·B_j). g(t) = max over task sets X of
/// Σ_{i∈X} s_i / Σ_{j∈N_t(X)} B_j, found by Dinkelbach's iteration: at scale T a minimum cut's source-side tasks X
/// either certify T too small (the next T is their ratio, strictly larger) or show none does. Every ratio used is
/// computed from the data of a concrete X, so it is a proof, whatever rounding the flow itself suffers.
/// The lists are read in place: with edges ranked by bandwidth, task i's arcs at t are those of rank below a per-task
/// count found by binary search, so a trial costs no division per arc and allocates nothing per arc. Dinkelbach's
/// steps raise the capacities, so each continues the previous flow; g depends on t only through the active arcs,
/// so the last value is reused when a trial activates the same arcs.
/// </summary>
internal sealed class FlowCapacityRatio : IPrunedCapacityRatio
{
    private const int MaxDinkelbachSteps = 200;

    private readonly double[] sizes;
    private readonly double[] speeds;
    private readonly int[] offsets;
    private readonly int[] edges;
    private readonly double totalSize;
    private readonly double totalSpeed;
    private readonly double[] speedsDescending;
    private readonly double[] shortestTimes;
    private readonly int[] rank;
    private readonly int[] activeCount;
    private readonly int[] cachedCount;
    private readonly MaxFlowNetwork network;
    private readonly bool[] reached;
    private double cachedRatio = double.NaN;

    /// <param name="sizes">s_i.</param>
    /// <param name="speeds">B_j.</param>
    /// <param name="offsets">Task i's eligible edges are <paramref name="edges"/>[offsets[i]..offsets[i+1]).</param>
    /// <param name="edges">Concatenated eligible edge lists, kept and read in place.</param>
    public FlowCapacityRatio(double[] sizes, double[] speeds, int[] offsets, int[] edges)
    {
        this.sizes = sizes;
        this.speeds = speeds;
        this.offsets = offsets;
        this.edges = edges;
        var n = sizes.Length;
        var m = speeds.Length;
        totalSize = NestedCapacityRatio.CompensatedPrefixSums(sizes)[^1];
        totalSpeed = NestedCapacityRatio.CompensatedPrefixSums(speeds)[^1];
        var fastestLoads = new double[m];
        shortestTimes = new double[n];
        for (var i = 0; i < n; i++)
        {
            var fastest = edges[offsets[i]];
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                if (speeds[edges[k]] > speeds[fastest])
                {
                    fastest = edges[k];
                }
            }
            shortestTimes[i] = sizes[i] / speeds[fastest];
            LargestShortestTime = Math.Max(LargestShortestTime, shortestTimes[i]);
            fastestLoads[fastest] += sizes[i];
        }
        for (var j = 0; j < m; j++)
        {
            FeasibleMakespan = Math.Max(FeasibleMakespan, fastestLoads[j] / speeds[j]);
        }
        var byRank = DescendingOrder.Of(speeds);
        rank = new int[m];
        speedsDescending = new double[m];
        for (var r = 0; r < m; r++)
        {
            rank[byRank[r]] = r;
            speedsDescending[r] = speeds[byRank[r]];
        }
        activeCount = new int[n];
        cachedCount = new int[n];
        reached = new bool[m];
        network = new MaxFlowNetwork(sizes, offsets, edges, rank, activeCount, n == 0 ? 0 : 1e-12 * sizes.Max());
    }

    public double LargestShortestTime { get; }

    public double FeasibleMakespan { get; }

    public double Ratio(double trialMakespan)
    {
        var n = sizes.Length;
        if (n == 0)
        {
            return 0;
        }
        for (var i = 0; i < n; i++)
        {
            if (shortestTimes[i] > trialMakespan)
            {
                return double.PositiveInfinity;
            }
        }
        SetActiveCounts(trialMakespan);
        if (!double.IsNaN(cachedRatio) && activeCount.AsSpan().SequenceEqual(cachedCount))
        {
            return cachedRatio;
        }
        network.Clear();
        // Σs/ΣB is g(∞), a lower bound on every g(t), so Dinkelbach may start there.
        var scale = totalSize / totalSpeed;
        for (var step = 0; step < MaxDinkelbachSteps; step++)
        {
            for (var j = 0; j < speeds.Length; j++)
            {
                network.SetCapacity(j, scale * speeds[j]);
            }
            network.Run();
            var (demand, supply) = SourceSideRatio();
            if (!(demand > scale * supply))
            {
                break;
            }
            scale = demand / supply;
        }
        activeCount.CopyTo(cachedCount, 0);
        cachedRatio = scale;
        return scale;
    }

    public double NextBreakpoint(double trialMakespan)
    {
        SetActiveCounts(trialMakespan);
        var next = double.PositiveInfinity;
        for (var i = 0; i < sizes.Length; i++)
        {
            var fastestInactive = 0.0;
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                var j = edges[k];
                if (rank[j] >= activeCount[i])
                {
                    fastestInactive = Math.Max(fastestInactive, speeds[j]);
                }
            }
            if (fastestInactive > 0)
            {
                // Division rounds monotonically: the fastest inactive edge has the task's smallest time above t.
                next = Math.Min(next, sizes[i] / fastestInactive);
            }
        }
        return next;
    }

    /// <summary>Per task, how many edges in descending bandwidth order take it within <paramref name="trialMakespan"/>.</summary>
    private void SetActiveCounts(double trialMakespan)
    {
        for (var i = 0; i < sizes.Length; i++)
        {
            var low = 0;
            var high = speedsDescending.Length;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (sizes[i] / speedsDescending[middle] <= trialMakespan)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }
            activeCount[i] = low;
        }
    }

    /// <summary>Σ s_i over the source-side tasks X and Σ B_j over their pruned neighbourhood N_t(X).</summary>
    private (double Demand, double Supply) SourceSideRatio()
    {
        Array.Clear(reached);
        var demand = 0.0;
        for (var i = 0; i < sizes.Length; i++)
        {
            if (!network.OnSourceSide(i))
            {
                continue;
            }
            demand += sizes[i];
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                if (rank[edges[k]] < activeCount[i])
                {
                    reached[edges[k]] = true;
                }
            }
        }
        var supply = 0.0;
        for (var j = 0; j < speeds.Length; j++)
        {
            if (reached[j])
            {
                supply += speeds[j];
            }
        }
        return (demand, supply);
    }
}
