using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Solvers.LinearProgramming;

namespace EdgeLearnSim.Solvers.Bounds;

/// <summary>
/// The lower bound of SPEC §3 for any instance: T* = the smallest T whose pruned LP(T) is feasible, which is
/// at least both the plain LP optimum and max_i min_j V_ij. The returned value is proven ≤ T* ≤ OPT (the
/// LP path certifies it from GLOP's duals, see <see cref="PrunedLpSearch"/>), so a gap against it is never
/// negative.
/// </summary>
public static class LowerBounds
{
    /// <summary>A lower bound on the optimal makespan of <paramref name="instance"/>; 0 for an instance without tasks.</summary>
    public static double Compute(ISchedulingInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.TaskCount == 0)
        {
            return 0;
        }
        return PrunedLpSearch.Run(instance).LowerBound;
    }
}
