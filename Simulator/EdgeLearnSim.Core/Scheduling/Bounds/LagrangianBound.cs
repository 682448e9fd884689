using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// The Lagrangian bound (docs/schedulers.md, "Lower bounds"): bisection over trial makespans t between a certified lower
/// bound and the makespan of a known schedule, each trial proven infeasible by the knapsack relaxation of
/// <c>LagrangianTrial</c> or left unproven. Proofs are monotone (multipliers that prove t prove every smaller
/// trial), so the largest trial proven infeasible is a bound: OPT &gt; t. On integral instances
/// (<see cref="IntegralTimes"/>) the trials are integers and a proven t gives ⌊t⌋ + 1. Unlike the flow bound it
/// knows tasks cannot split, so it gains most where edges get few tasks. Deterministic: every limit is counted
/// (<see cref="LagrangianBudget"/>). Never below the lower bound it is given, never above OPT.
/// </summary>
public static class LagrangianBound
{
    /// <summary>Real-valued bisection stops when the bracket is this narrow relative to its lower end.</summary>
    public const double RelativeWidth = 1e-5;

    private const double FirstStep = 1e-4;

    /// <summary>
    /// A certified bound ≥ <paramref name="lowerBound"/>. <paramref name="lowerBound"/> must be proven (≤ OPT);
    /// <paramref name="upperBound"/> should be a schedule's makespan (≥ OPT); it only narrows the search, so a wrong
    /// value costs strength, never validity.
    /// </summary>
    public static double Compute(ISchedulingInstance instance, double lowerBound, double upperBound, LagrangianBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        budget ??= LagrangianBudget.Default;
        if (instance.TaskCount == 0 || !(upperBound > lowerBound) || !double.IsFinite(upperBound))
        {
            return lowerBound;
        }
        var trial = new LagrangianTrial(instance, budget);
        if (IntegralTimes.AreIntegral(instance))
        {
            // OPT ≥ ⌈lowerBound⌉ > low; a schedule of makespan ≤ high exists, so high is never provable. The first
            // trial is the bound itself (as below, one trial's work where nothing can be proven).
            var low = Math.Ceiling(lowerBound) - 1;
            var high = Math.Floor(upperBound);
            for (var step = 0; step < budget.Trials && high - low > 1; step++)
            {
                var middle = step == 0 ? low + 1 : Math.Floor(low + ((high - low) / 2));
                if (trial.ProvesInfeasible(middle))
                {
                    low = middle;
                }
                else if (step == 0)
                {
                    break;
                }
                else
                {
                    high = middle;
                }
            }
            return Math.Max(lowerBound, low + 1);
        }
        var best = lowerBound;
        var bottom = lowerBound;
        var top = upperBound;
        // The first trial sits just above the given bound: where even it cannot be proven (many tasks per edge, where
        // the knapsacks are nearly fractional), one trial's work is spent instead of a whole bisection's.
        var probe = Math.Min(bottom + ((top - bottom) / 2), bottom * (1 + FirstStep));
        for (var step = 0; step < budget.Trials && top - bottom > RelativeWidth * bottom; step++)
        {
            var middle = step == 0 ? probe : bottom + ((top - bottom) / 2);
            if (trial.ProvesInfeasible(middle))
            {
                best = middle;
                bottom = middle;
            }
            else if (step == 0)
            {
                return best;
            }
            else
            {
                top = middle;
            }
        }
        return best;
    }
}
