namespace EdgeLearnSim.Reporting.Report;

/// <summary>A scheduler's mean wall-clock milliseconds at one number of tasks, over every topology and replication (from timings.csv).</summary>
public sealed record RuntimeEntry(string Scheduler, int Tasks, double MeanMilliseconds, int Runs);
