namespace EdgeLearnSim.Core.Instances;

/// <summary>
/// One end device's learning task (docs/model.md). <see cref="BestRatio"/> and <see cref="WeightedSize"/> are
/// computed once from the accuracy model when the instance is built; V_ij = WeightedSize / B_j.
/// </summary>
/// <param name="Id">0-based task index.</param>
/// <param name="Records">Number of training records on the device.</param>
/// <param name="RecordBytes">Bytes per record (default 15,000).</param>
/// <param name="AccuracyBound">LowA_i, the least relative accuracy the task accepts.</param>
/// <param name="ReleaseTime">r_i in seconds; 0 in the paper's static problem.</param>
/// <param name="BestRatio">BestR_i, the space-remaining ratio that minimises R/A(R) on the feasible interval.</param>
/// <param name="WeightedSize">s_i = 8·D_i·BestR_i / (A(BestR_i)·10^6), in Mbit per unit relative accuracy.</param>
/// <param name="EligibleEdges">Ascending edge ids the device can reach, or null when it reaches every edge.</param>
public sealed record LearningTask(
    int Id,
    long Records,
    double RecordBytes,
    double AccuracyBound,
    double ReleaseTime,
    double BestRatio,
    double WeightedSize,
    int[]? EligibleEdges)
{
    /// <summary>a_i, the device's link rate to its edge in Mbps; +∞: it hands its data over instantly (the paper).</summary>
    public double DeviceUplinkMbps { get; init; } = double.PositiveInfinity;

    /// <summary>D_i, the raw data size in bytes.</summary>
    public double RawBytes => Records * RecordBytes;

    /// <summary>D_i·BestR_i, the bytes the edge uploads to the cloud after compression.</summary>
    public double CompressedBytes => RawBytes * BestRatio;

    /// <summary>A(BestR_i), recovered from the stored weighted size so it always agrees with it.</summary>
    public double Accuracy => 8.0 * CompressedBytes / (WeightedSize * 1e6);
}
