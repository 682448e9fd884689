namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// The counted limits of <see cref="LagrangianBound"/>: how many trial makespans it tests, how many subgradient
/// steps it spends on each, and how many branch-and-bound nodes each knapsack may use before it answers with its
/// LP (Dantzig) bound instead. The result depends only on these counts, never on the clock.
/// </summary>
/// <param name="Trials">Trial makespans tested by bisection between the known lower and upper bounds.</param>
/// <param name="IterationsPerTrial">Subgradient steps per trial before it gives up proving the trial infeasible.</param>
/// <param name="NodesPerKnapsack">Branch-and-bound nodes per knapsack; beyond them the open nodes' LP bounds are used.</param>
public sealed record LagrangianBudget(int Trials, int IterationsPerTrial, int NodesPerKnapsack)
{
    /// <summary>The budget <c>Certify</c> uses: 16 trials × 80 steps, 2,000 nodes per knapsack.</summary>
    public static LagrangianBudget Default { get; } = new(16, 80, 2_000);
}
