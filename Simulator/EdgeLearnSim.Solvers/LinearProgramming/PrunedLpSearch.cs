using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>
/// Finds T* = the smallest T for which the pruned LP(T) of Lenstra–Shmoys–Tardos is feasible (docs/model.md).
/// LP(T)'s support only changes where T crosses some V_ij, so with v_1 &lt; … &lt; v_K the distinct V_ij and
/// W_k the makespan LP's optimum on the support {V_ij ≤ v_k}, T* = max(v_k, W_k) for the smallest k with
/// W_k &lt; v_{k+1}. W_k falls and v_{k+1} rises with k, so a binary search over k needs O(log nm) LP solves
/// and ends on the exact breakpoint instead of a bracket. The reported bound never trusts GLOP's primal:
/// it is built from dual certificates (<see cref="LpSolution.CertifiedLowerBound"/>) and exact V_ij values.
/// </summary>
internal static class PrunedLpSearch
{
    /// <summary>
    /// Runs the search; <paramref name="shouldStop"/> is polled before each LP solve. <paramref name="boundOnly"/>
    /// lets GLOP skip presolve (<see cref="AssignmentLp(ISchedulingInstance, bool)"/>) where only the bound is used.
    /// </summary>
    public static PrunedLpBound Run(ISchedulingInstance instance, Func<bool>? shouldStop = null, bool boundOnly = false)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.TaskCount == 0)
        {
            throw new ArgumentException("The pruned LP needs at least one task.", nameof(instance));
        }
        using var lp = new AssignmentLp(instance, presolve: !boundOnly);
        var breakpoints = lp.DistinctTimes();
        var solved = new Dictionary<int, LpSolution>();
        LpSolution SolveAt(int k)
        {
            if (!solved.TryGetValue(k, out var solution))
            {
                solution = lp.Solve(breakpoints[k]);
                solved[k] = solution;
            }
            return solution;
        }

        var last = breakpoints.Length - 1;
        var full = SolveAt(last);
        var plainBound = full.CertifiedLowerBound;
        var first = Array.BinarySearch(breakpoints, lp.TrivialLowerBound);

        // T* ≥ W_K ≥ plainBound, so every interval ending at or below plainBound is infeasible.
        var lo = Math.Max(first, UpperIndexAtMost(breakpoints, plainBound));
        var hi = last;
        while (lo < hi)
        {
            if (shouldStop?.Invoke() == true)
            {
                return new PrunedLpBound(Math.Max(lp.TrivialLowerBound, plainBound), breakpoints[hi], SolveAt(hi), Interrupted: true, solved.Count);
            }
            var mid = lo + (hi - lo) / 2;
            if (SolveAt(mid).Makespan < breakpoints[mid + 1])
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        var vertex = SolveAt(lo);
        var inInterval = Math.Max(breakpoints[lo], vertex.CertifiedLowerBound);
        var bound = inInterval;
        if (lo > first)
        {
            // T* in an earlier interval would be below v_lo yet at least W_{lo-1} ≥ W_K. A certified bound on
            // W_{lo-1} of at least v_lo rules that out; otherwise only that bound is proven.
            var earlier = plainBound;
            if (earlier < breakpoints[lo])
            {
                earlier = Math.Max(earlier, SolveAt(lo - 1).CertifiedLowerBound);
            }
            bound = earlier >= breakpoints[lo] ? inInterval : earlier;
        }
        return new PrunedLpBound(Math.Max(lp.TrivialLowerBound, bound), breakpoints[lo], vertex, Interrupted: false, solved.Count);
    }

    /// <summary>The largest index k with values[k] ≤ limit, or −1.</summary>
    private static int UpperIndexAtMost(double[] values, double limit)
    {
        var index = Array.BinarySearch(values, limit);
        return index >= 0 ? index : ~index - 1;
    }
}
