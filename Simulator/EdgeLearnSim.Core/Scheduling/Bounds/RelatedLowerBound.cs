using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// The lower bound of docs/model.md ("Lower bounds") for uniformly related edges with eligibility: LB = the smallest T for which the pruned
/// LP of <c>lst</c> (x_ij allowed only where V_ij ≤ T) is feasible. Callers may rely on:
/// <list type="bullet">
/// <item>LB ≤ OPT: every value returned is certified (a trial makespan proven infeasible, or a capacity ratio of a
/// concrete task set, see <see cref="IPrunedCapacityRatio"/>), up to floating-point rounding of the sums (relative
/// ~1e-15; compare with OPT at a relative tolerance of 1e-12).</item>
/// <item>LB ≥ max_i min_{j∈E_i} V_ij and LB ≥ the plain (unpruned) LP optimum, which is Σs_i/ΣB_j when fully connected.</item>
/// <item>LB is the exact smallest feasible T (a breakpoint V_ij, or where capacity binds for fixed edge sets), up to
/// rounding; only if more than 64 breakpoints lie in the final bisection bracket (relative width 1e-9) does it
/// report that bracket's lower end, proven infeasible.</item>
/// </list>
/// Fully connected instances use a prefix condition over edges sorted by bandwidth (no flow; O(n log n + m log n)
/// per trial, cheap at 10^6 tasks); eligibility lists use a maximum flow per trial. General unrelated instances need
/// an LP and are not handled here.
/// </summary>
public static class RelatedLowerBound
{
    private const double RelativeWidth = 1e-9;
    private const int MaxBisections = 200;
    private const int MaxBreakpointSteps = 64;

    /// <summary>The lower bound of a related instance; throws when <see cref="ISchedulingInstance.Related"/> is null.</summary>
    public static double Compute(ISchedulingInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var related = instance.Related
            ?? throw new ArgumentException("The related lower bound needs an instance with sizes and speeds (V_ij = s_i / B_j).", nameof(instance));
        if (instance.IsFullyConnected)
        {
            return Search(new NestedCapacityRatio(related.Sizes, related.Speeds));
        }
        if (instance is EdgeLearningInstance { Eligibility: { } lists })
        {
            return Search(new FlowCapacityRatio(related.Sizes.ToArray(), related.Speeds.ToArray(), lists.Offsets, lists.FlatEdges));
        }
        var offsets = new int[instance.TaskCount + 1];
        for (var i = 0; i < instance.TaskCount; i++)
        {
            offsets[i + 1] = checked(offsets[i] + instance.EligibleEdges(i).Length);
        }
        var flat = new int[offsets[^1]];
        for (var i = 0; i < instance.TaskCount; i++)
        {
            instance.EligibleEdges(i).CopyTo(flat.AsSpan(offsets[i]));
        }
        return Search(new FlowCapacityRatio(related.Sizes.ToArray(), related.Speeds.ToArray(), offsets, flat));
    }

    /// <summary>
    /// The lower bound for sizes and speeds with per-task eligible edge ids; a null list, or a null entry, means every edge.
    /// </summary>
    public static double Compute(RelatedMachines machines, IReadOnlyList<int[]?>? eligibleEdges)
    {
        ArgumentNullException.ThrowIfNull(machines);
        var n = machines.Sizes.Length;
        var m = machines.Speeds.Length;
        if (m == 0)
        {
            throw new ArgumentException("The lower bound needs at least one edge.", nameof(machines));
        }
        if (eligibleEdges is null || eligibleEdges.All(e => e is null || e.Length == m))
        {
            return Search(new NestedCapacityRatio(machines.Sizes, machines.Speeds));
        }
        if (eligibleEdges.Count != n)
        {
            throw new ArgumentException($"{eligibleEdges.Count} eligibility lists for {n} tasks.", nameof(eligibleEdges));
        }
        var offsets = new int[n + 1];
        var flat = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var list = eligibleEdges[i];
            if (list is null)
            {
                flat.AddRange(Enumerable.Range(0, m));
            }
            else
            {
                if (list.Length == 0 || list.Any(j => j < 0 || j >= m))
                {
                    throw new ArgumentException($"Task {i} has no eligible edge, or one outside 0..{m - 1}.", nameof(eligibleEdges));
                }
                flat.AddRange(list);
            }
            offsets[i + 1] = flat.Count;
        }
        return Search(new FlowCapacityRatio(machines.Sizes.ToArray(), machines.Speeds.ToArray(), offsets, [.. flat]));
    }

    /// <summary>
    /// Bisection over trial makespans t between a certified lower end and a feasible upper end, then a walk over
    /// the breakpoints V_ij to the exact answer. At a feasible t, g(t) is itself certified (no T &lt; g(t) below t is
    /// feasible) and is the answer when feasible. From an infeasible t the edge sets stay those of t up to the next
    /// breakpoint v, so LB = g(t) when g(t) &lt; v; otherwise LB = v when v is feasible, else the walk goes on from v.
    /// </summary>
    internal static double Search(IPrunedCapacityRatio ratio)
    {
        var low = Math.Max(ratio.LargestShortestTime, ratio.Ratio(double.PositiveInfinity));
        if (ratio.Ratio(low) <= low)
        {
            return low;
        }
        var high = Math.Max(low, ratio.FeasibleMakespan);
        var highChecked = false;
        for (var step = 0; step < MaxBisections; step++)
        {
            if (!highChecked)
            {
                highChecked = true;
                var atHigh = ratio.Ratio(high);
                if (atHigh > low)
                {
                    if (ratio.Ratio(atHigh) <= atHigh)
                    {
                        return atHigh;
                    }
                    low = atHigh;
                }
            }
            if (high - low <= RelativeWidth * low)
            {
                break;
            }
            var middle = low + (high - low) / 2;
            if (ratio.Ratio(middle) > middle)
            {
                low = middle;
            }
            else
            {
                high = middle;
                highChecked = false;
            }
        }
        for (var step = 0; step < MaxBreakpointSteps; step++)
        {
            var atLow = ratio.Ratio(low);
            var next = ratio.NextBreakpoint(low);
            if (atLow < next)
            {
                return atLow;
            }
            if (ratio.Ratio(next) <= next)
            {
                return next;
            }
            low = next;
        }
        return low;
    }
}
