namespace EdgeLearnSim.Reporting.Report;

/// <summary>
/// How much a scheduler reduces the weighted makespan versus the scenario's reference scheduler at one sweep point
/// of one topology, in percent of the reference's mean: 100·(mean_reference − mean)/mean_reference, with the 95%
/// interval of the paired difference scaled alike (from the summary).
/// </summary>
public sealed record ReductionEntry(string Topology, string Point, string Scheduler, double ReferenceMean, double Mean, double ReductionPercent, double CiLowPercent, double CiHighPercent, int Pairs);
