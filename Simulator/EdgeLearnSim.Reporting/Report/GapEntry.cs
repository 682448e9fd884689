namespace EdgeLearnSim.Reporting.Report;

/// <summary>A scheduler's distance above the lower bound in one topology: mean and worst gap in percent over its runs.</summary>
public sealed record GapEntry(string Topology, string Scheduler, double MeanPercent, double MaxPercent, int Runs);
