namespace EdgeLearnSim.Reporting.Report;

/// <summary>
/// The paired change of a metric from the sweep's first point to <see cref="Point"/> for one scheduler and topology,
/// over the same instances (points differing only in <c>simulation.</c>/<c>limits.</c> parameters): mean difference
/// with its 95% interval, and the difference in percent of the first point's mean.
/// </summary>
public sealed record PointEffect(string Topology, string Scheduler, string Metric, string Point, double FirstMean, double Mean, double Difference, double CiLow, double CiHigh, double Percent);
