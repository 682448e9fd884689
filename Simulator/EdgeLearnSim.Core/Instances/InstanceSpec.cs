using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Core.Instances;

/// <summary>
/// Everything needed to draw one instance (docs/model.md). The defaults reproduce the paper's Section V;
/// a scenario overrides any of them.
/// </summary>
public sealed record InstanceSpec
{
    public int Tasks { get; init; } = 100;

    public int Edges { get; init; } = 10;

    /// <summary>Records per device (default uniform integer 20,000..80,000).</summary>
    public DistributionSpec Records { get; init; } = new UniformIntegerDistribution(20_000, 80_000);

    /// <summary>Bytes per record (15,000: one MS-Celeb-1M image).</summary>
    public double RecordBytes { get; init; } = 15_000;

    /// <summary>LowA_i per task (default constant 0.90, which does not bind for the paper's curve).</summary>
    public DistributionSpec AccuracyBound { get; init; } = new ConstantDistribution(0.90);

    /// <summary>B_j per edge in Mbps (default uniform 100..1,000), or an empirical measured table.</summary>
    public DistributionSpec BandwidthMbps { get; init; } = new UniformDistribution(100, 1_000);

    public TopologySpec Topology { get; init; } = new FullyConnectedTopology();

    public AccuracyModel Accuracy { get; init; } = AccuracyModel.Paper;

    /// <summary>Smallest ratio allowed, keeping R away from 0 (docs/model.md).</summary>
    public double MinRatio { get; init; } = 0.001;

    public ArrivalSpec Arrivals { get; init; } = new AllAtZeroArrivals();

    /// <summary>a_i per device in Mbps (docs/pipeline.md); null: each device hands its data over instantly (the paper).</summary>
    public DistributionSpec? DeviceUplinkMbps { get; init; }

    /// <summary>C_j per edge in Mbps, shared max-min fairly by its devices' transfers; null: unlimited.</summary>
    public DistributionSpec? EdgeAccessMbps { get; init; }

    /// <summary>k_j per edge, rounded to the nearest integer; null: one core.</summary>
    public DistributionSpec? EdgeCores { get; init; }

    /// <summary>κ_j per edge, seconds of one core per raw byte; null: instantaneous compression.</summary>
    public DistributionSpec? CompressionSecondsPerByte { get; init; }
}
