namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// One row of <c>summary.csv</c>: a metric over the replications of one (sweep point, topology, scheduler) group,
/// and the paired difference scheduler − <c>random</c> over the same instances (null without a random baseline).
/// <see cref="ReductionVsRandomPercent"/> is 100·(mean_random − mean)/mean_random.
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
    SampleStatistics? DifferenceVsRandom,
    double? ReductionVsRandomPercent);
