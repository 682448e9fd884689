namespace EdgeLearnSim.Core.Metrics;

/// <summary>
/// The one definition of the gap between a schedule and a certified lower bound, used by <c>solve</c>,
/// <c>runs.csv</c> and the reports.
/// </summary>
public static class Gap
{
    /// <summary>
    /// Relative slack under which a makespan counts as meeting its bound: CP-SAT solves V_ij scaled to integers
    /// (the largest 10^9, rounded down), so its proven optimum can sit below the true one by about n units in 10^9.
    /// </summary>
    public const double ProvenOptimalTolerance = 1e-6;

    /// <summary>gap_percent = 100·(makespan − lowerBound)/lowerBound; 0 when both are 0 (an instance without tasks).</summary>
    public static double Percent(double makespan, double lowerBound) =>
        lowerBound == 0 && makespan == 0 ? 0 : 100.0 * (makespan - lowerBound) / lowerBound;

    /// <summary>True when <paramref name="makespan"/> is within <see cref="ProvenOptimalTolerance"/> of the bound, so it is optimal.</summary>
    public static bool IsProvenOptimal(double makespan, double lowerBound) =>
        makespan <= lowerBound * (1 + ProvenOptimalTolerance);
}
