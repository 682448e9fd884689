namespace EdgeLearnSim.Core.Simulation.Bandwidth;

/// <summary>How a trace's rates become an edge's uplink bandwidth.</summary>
public enum TraceScaling
{
    /// <summary>Rate = trace Mbps × <see cref="BandwidthVariation.ScaleFactor"/>.</summary>
    Scale,

    /// <summary>
    /// Rate = B_j × trace Mbps / trace mean: the trace gives only the shape, and the edge keeps its own mean B_j.
    /// Measured mobile traces sit far below an edge uplink, so this is the usual choice.
    /// </summary>
    NormaliseToMean,
}
