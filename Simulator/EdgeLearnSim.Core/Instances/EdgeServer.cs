namespace EdgeLearnSim.Core.Instances;

/// <summary>
/// An edge server: its uplink bandwidth to the cloud B_j in Mbps (10^6 bit/s), and the pipeline parameters of its
/// access and compute stages (docs/pipeline.md). The defaults are the paper's edge: unlimited access capacity, one
/// core, instantaneous compression.
/// </summary>
public sealed record EdgeServer(int Id, double BandwidthMbps)
{
    /// <summary>C_j, the access capacity its devices' transfers share max-min fairly, in Mbps; +∞: unlimited.</summary>
    public double AccessMbps { get; init; } = double.PositiveInfinity;

    /// <summary>k_j, the cores that compress tasks in parallel, one task per core.</summary>
    public int Cores { get; init; } = 1;

    /// <summary>κ_j, seconds of one core per raw byte; 0: compression is instantaneous.</summary>
    public double CompressionSecondsPerByte { get; init; }

    /// <summary>True when any pipeline parameter differs from the paper's edge.</summary>
    public bool HasPipelineParameters => !double.IsPositiveInfinity(AccessMbps) || Cores != 1 || CompressionSecondsPerByte != 0;
}
