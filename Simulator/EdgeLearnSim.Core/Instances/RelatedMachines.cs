namespace EdgeLearnSim.Core.Instances;

/// <summary>Uniformly related machines: V_ij = Sizes[i] / Speeds[j] where eligible.</summary>
public sealed class RelatedMachines(double[] sizes, double[] speeds)
{
    private readonly double[] sizes = sizes;
    private readonly double[] speeds = speeds;

    /// <summary>s_i per task.</summary>
    public ReadOnlySpan<double> Sizes => sizes;

    /// <summary>B_j per edge, in Mbps.</summary>
    public ReadOnlySpan<double> Speeds => speeds;
}
