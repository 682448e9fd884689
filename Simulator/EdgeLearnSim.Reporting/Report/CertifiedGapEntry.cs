namespace EdgeLearnSim.Reporting.Report;

/// <summary>
/// The distribution of one scheduler's certified gaps at one sweep point of a topology: how many of its runs met
/// the cell's bound (<c>proven_optimal</c>), the median, 95th percentile (nearest rank) and worst gap in percent,
/// and how many runs stayed within <see cref="ReportModel.CertifiedGapThresholdPercent"/>.
/// </summary>
public sealed record CertifiedGapEntry(
    string Topology,
    string Point,
    string Scheduler,
    int Runs,
    int ProvenOptimal,
    double MedianPercent,
    double P95Percent,
    double MaxPercent,
    int WithinThreshold);
