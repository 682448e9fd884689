namespace EdgeLearnSim.Reporting.Report;

/// <summary>
/// How much a scheduler reduces a metric versus <c>random</c> at one sweep point of one topology, in percent of
/// random's mean: 100·(mean_random − mean)/mean_random, with the 95% interval of the paired difference scaled alike.
/// </summary>
public sealed record ReductionEntry(string Topology, string Point, double X, string Scheduler, double RandomMean, double Mean, double ReductionPercent, double CiLowPercent, double CiHighPercent, int Pairs);
