namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// One row of <c>summary.csv</c>: a summarised column (<see cref="RunColumn.Summarised"/>) over the replications of
/// one (sweep point, topology, scheduler) group, with the two paired comparisons of the pairing rule:
/// <see cref="DifferenceVsReference"/>, scheduler − the scenario's reference scheduler at the same point over the
/// same instances (null without the reference), with <see cref="ReductionVsReferencePercent"/> =
/// 100·(mean_reference − mean)/mean_reference; and <see cref="DifferenceVsFirstPoint"/>, this point − the sweep's
/// first point, paired by (topology, replication) (null without a sweep).
/// </summary>
public sealed record SummaryRow(
    string Scenario,
    string Topology,
    int Tasks,
    int Edges,
    string Scheduler,
    IReadOnlyList<string> Parameters,
    string Metric,
    SampleStatistics Statistics,
    SampleStatistics? DifferenceVsReference,
    double? ReductionVsReferencePercent,
    SampleStatistics? DifferenceVsFirstPoint);
