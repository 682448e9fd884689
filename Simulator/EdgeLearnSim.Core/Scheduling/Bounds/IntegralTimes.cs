using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// Instances whose every eligible V_ij is an integer (the literature's files): every makespan, OPT included, is then
/// an integer, so any proven bound b may be raised to ⌈b⌉ and a trial makespan T proven infeasible gives ⌊T⌋ + 1.
/// </summary>
public static class IntegralTimes
{
    /// <summary>Instances with more eligible pairs than this are not scanned and are treated as not integral (still valid, only weaker).</summary>
    public const long MaxPairsScanned = 20_000_000;

    /// <summary>True when every eligible V_ij is a finite integer; false as soon as one is not, or beyond <see cref="MaxPairsScanned"/> pairs.</summary>
    public static bool AreIntegral(ISchedulingInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        long scanned = 0;
        for (var i = 0; i < instance.TaskCount; i++)
        {
            foreach (var j in instance.EligibleEdges(i))
            {
                var time = instance.ProcessingTime(i, j);
                if (!double.IsFinite(time) || Math.Floor(time) != time || ++scanned > MaxPairsScanned)
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// ⌈bound⌉ for a bound on an integral instance. The bound is first lowered by a relative 10^-12 so that a value
    /// a few units in the last place above an integer k (rounding in the bound's own sums) gives k, not k + 1.
    /// </summary>
    public static double RoundUp(double bound) => bound <= 0 ? bound : Math.Ceiling(bound * (1 - 1e-12));
}
