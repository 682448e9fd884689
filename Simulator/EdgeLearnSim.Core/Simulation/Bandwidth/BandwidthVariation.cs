namespace EdgeLearnSim.Core.Simulation.Bandwidth;

/// <summary>
/// Time-varying uplink bandwidth: edge j follows <c>Traces[j % Traces.Count]</c> (round-robin), repeated or held
/// after its end, scaled by a factor or normalised to the edge's own B_j.
/// </summary>
public sealed record BandwidthVariation
{
    public required IReadOnlyList<BandwidthTrace> Traces { get; init; }

    public TraceEndMode EndMode { get; init; } = TraceEndMode.Repeat;

    public TraceScaling Scaling { get; init; } = TraceScaling.NormaliseToMean;

    /// <summary>Multiplier on the trace's Mbps when <see cref="Scaling"/> is <see cref="TraceScaling.Scale"/>.</summary>
    public double ScaleFactor { get; init; } = 1.0;

    /// <summary>Loads every trace file (see <see cref="BandwidthTrace.Load"/>).</summary>
    public static IReadOnlyList<BandwidthTrace> LoadTraces(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return [.. paths.Select(BandwidthTrace.Load)];
    }

    /// <summary>The rate profile of edge <paramref name="edge"/> whose nominal bandwidth is <paramref name="edgeMbps"/>.</summary>
    public IRateProfile ProfileFor(int edge, double edgeMbps)
    {
        if (Traces.Count == 0)
        {
            throw new InvalidInputException("simulation.bandwidth_traces.files", "at least one trace is needed");
        }
        var trace = Traces[edge % Traces.Count];
        double factor;
        if (Scaling == TraceScaling.Scale)
        {
            if (!double.IsFinite(ScaleFactor) || ScaleFactor < 0)
            {
                throw new InvalidInputException("simulation.bandwidth_traces.scale", $"scale factor {ScaleFactor} must be a finite number ≥ 0");
            }
            factor = ScaleFactor;
        }
        else
        {
            if (trace.MeanMbps <= 0)
            {
                throw new InvalidInputException(trace.Name, "the trace's mean bandwidth is 0, so it cannot be normalised to an edge's mean");
            }
            factor = edgeMbps / trace.MeanMbps;
        }
        return new PiecewiseConstantRate(trace.Times, trace.Mbps, factor, trace.CycleSeconds, EndMode);
    }
}
