namespace EdgeLearnSim.Reporting.Report;

/// <summary>
/// <see cref="Scheduler"/>'s wall-clock time as a multiple of <see cref="Baseline"/>'s, over every cell where both
/// ran with a positive time (<see cref="Overall"/>) and per sweep point (<see cref="ByPoint"/>, over topologies and
/// replications). Wall-clock times: the ratios depend on the machine, so only the running-time section states them.
/// </summary>
public sealed record SpeedComparison(string Scheduler, string Baseline, TimeRatio Overall, IReadOnlyList<TimeRatio> ByPoint)
{
    /// <summary>What the overall 95% interval establishes: entirely below 1 faster, entirely above 1 slower, else neither.</summary>
    public SpeedVerdict Verdict => Overall.CiHigh < 1 ? SpeedVerdict.Faster : Overall.CiLow > 1 ? SpeedVerdict.Slower : SpeedVerdict.NotEstablished;
}
