using EdgeLearnSim.Core.Scheduling.Bounds;

namespace EdgeLearnSim.Core.Tests.Scheduling.Reference;

/// <summary>
/// g(t) for a related instance with eligibility lists (docs/model.md), by maximum flow: source → task i (capacity s_i),
/// task i → edge j for j ∈ E_i with s_i/B_j ≤ t, edge j → sink (capacity T·B_j). g(t) = max over task sets X of
/// Σ_{i∈X} s_i / Σ_{j∈N_t(X)} B_j, found by Dinkelbach's iteration: at scale T a minimum cut's source-side tasks X
/// either certify T too small (the next T is their ratio, strictly larger) or show none does. Every ratio used is
/// computed from the data of a concrete X, so it is a proof, whatever rounding the flow itself suffers.
/// </summary>
internal sealed class ReferenceFlowCapacityRatio : IPrunedCapacityRatio
{
    private const int MaxDinkelbachSteps = 200;

    private readonly double[] sizes;
    private readonly double[] speeds;
    private readonly int[] offsets;
    private readonly int[] edges;
    private readonly double totalSize;
    private readonly double totalSpeed;

    /// <param name="sizes">s_i.</param>
    /// <param name="speeds">B_j.</param>
    /// <param name="offsets">Task i's eligible edges are <paramref name="edges"/>[offsets[i]..offsets[i+1]).</param>
    /// <param name="edges">Concatenated eligible edge lists.</param>
    public ReferenceFlowCapacityRatio(double[] sizes, double[] speeds, int[] offsets, int[] edges)
    {
        this.sizes = sizes;
        this.speeds = speeds;
        this.offsets = offsets;
        this.edges = edges;
        totalSize = NestedCapacityRatio.CompensatedPrefixSums(sizes)[^1];
        totalSpeed = NestedCapacityRatio.CompensatedPrefixSums(speeds)[^1];
        var fastestLoads = new double[speeds.Length];
        for (var i = 0; i < sizes.Length; i++)
        {
            var fastest = edges[offsets[i]];
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                if (speeds[edges[k]] > speeds[fastest])
                {
                    fastest = edges[k];
                }
            }
            LargestShortestTime = Math.Max(LargestShortestTime, sizes[i] / speeds[fastest]);
            fastestLoads[fastest] += sizes[i];
        }
        for (var j = 0; j < speeds.Length; j++)
        {
            FeasibleMakespan = Math.Max(FeasibleMakespan, fastestLoads[j] / speeds[j]);
        }
    }

    public double LargestShortestTime { get; }

    public double FeasibleMakespan { get; }

    public double Ratio(double trialMakespan)
    {
        var n = sizes.Length;
        var m = speeds.Length;
        if (n == 0)
        {
            return 0;
        }
        var source = n + m;
        var sink = n + m + 1;
        var network = new ReferenceMaxFlowNetwork(n + m + 2, 1e-12 * sizes.Max());
        for (var i = 0; i < n; i++)
        {
            network.AddArc(source, i, sizes[i]);
            var reachesAny = false;
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                if (sizes[i] / speeds[edges[k]] <= trialMakespan)
                {
                    network.AddArc(i, n + edges[k], sizes[i]);
                    reachesAny = true;
                }
            }
            if (!reachesAny)
            {
                return double.PositiveInfinity;
            }
        }
        var sinkArcs = new int[m];
        for (var j = 0; j < m; j++)
        {
            sinkArcs[j] = network.AddArc(n + j, sink, 0);
        }
        // Σs/ΣB is g(∞), a lower bound on every g(t), so Dinkelbach may start there.
        var scale = totalSize / totalSpeed;
        var reached = new bool[m];
        for (var step = 0; step < MaxDinkelbachSteps; step++)
        {
            for (var j = 0; j < m; j++)
            {
                network.SetCapacity(sinkArcs[j], scale * speeds[j]);
            }
            network.Run(source, sink);
            var (demand, supply) = SourceSideRatio(network, trialMakespan, reached);
            if (!(demand > scale * supply))
            {
                return scale;
            }
            scale = demand / supply;
        }
        return scale;
    }

    public double NextBreakpoint(double trialMakespan)
    {
        var next = double.PositiveInfinity;
        for (var i = 0; i < sizes.Length; i++)
        {
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                var time = sizes[i] / speeds[edges[k]];
                if (time > trialMakespan && time < next)
                {
                    next = time;
                }
            }
        }
        return next;
    }

    /// <summary>Σ s_i over the source-side tasks X and Σ B_j over their pruned neighbourhood N_t(X).</summary>
    private (double Demand, double Supply) SourceSideRatio(ReferenceMaxFlowNetwork network, double trialMakespan, bool[] reached)
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
                if (sizes[i] / speeds[edges[k]] <= trialMakespan)
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
