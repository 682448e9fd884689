using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Solvers.LinearProgramming;

namespace EdgeLearnSim.Solvers.Bounds;

/// <summary>
/// The lower bound of SPEC §3 for any instance: T* = the smallest T whose pruned LP(T) is feasible, which is
/// at least both the plain LP optimum and max_i min_j V_ij. Related instances (the project's own) use
/// <see cref="RelatedLowerBound"/> (prefix condition or maximum flow, no LP, cheap at 10^6 tasks); general
/// unrelated instances use the GLOP search of <see cref="PrunedLpSearch"/>, certified from its duals. The
/// returned value is ≤ OPT even against makespans summed in doubles, so a gap against it is never negative.
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
        if (instance.Related is null)
        {
            return PrunedLpSearch.Run(instance).LowerBound;
        }
        // The flow and prefix sums round at about (n + m) units in the last place; stay below them. The
        // largest shortest V_ij is a single value every schedule's busiest edge reaches, so it needs no margin.
        var margin = 1 - 4.5e-16 * (instance.TaskCount + instance.EdgeCount + 4);
        return Math.Max(RelatedLowerBound.LargestShortestTime(instance), RelatedLowerBound.Compute(instance) * margin);
    }

    /// <summary>max_i min_{j ∈ E_i} V_ij: some edge must run each task's fastest option at least.</summary>
    internal static double LongestUnavoidableTime(ISchedulingInstance instance)
    {
        var bound = 0.0;
        for (var i = 0; i < instance.TaskCount; i++)
        {
            var shortest = double.PositiveInfinity;
            foreach (var j in instance.EligibleEdges(i))
            {
                shortest = Math.Min(shortest, instance.ProcessingTime(i, j));
            }
            bound = Math.Max(bound, shortest);
        }
        return bound;
    }
}
