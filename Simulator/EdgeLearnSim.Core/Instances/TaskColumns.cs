using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Core.Instances;

/// <summary>The per-task arrays an <see cref="EdgeLearningInstance"/> is built around; filled by generators and readers.</summary>
internal sealed class TaskColumns(int count)
{
    public long[] Records { get; } = new long[count];

    public double[] RecordBytes { get; } = new double[count];

    public double[] AccuracyBounds { get; } = new double[count];

    public double[] ReleaseTimes { get; } = new double[count];

    public double[] BestRatios { get; } = new double[count];

    public double[] WeightedSizes { get; } = new double[count];

    public EligibleEdgeLists? Eligibility { get; set; }

    /// <summary>a_i per task in Mbps, or null when every device hands its data over instantly (the paper).</summary>
    public double[]? DeviceUplinkMbps { get; set; }
}
