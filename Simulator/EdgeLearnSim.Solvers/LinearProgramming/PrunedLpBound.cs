namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>The outcome of <see cref="PrunedLpSearch"/>.</summary>
/// <param name="LowerBound">A value proven ≤ T* = the smallest T with LP(T) feasible, hence ≤ OPT (docs/model.md).</param>
/// <param name="PruningThreshold">The support used for <paramref name="Vertex"/>: x_ij only where V_ij ≤ this.</param>
/// <param name="Vertex">An extreme point of the LP pruned at <paramref name="PruningThreshold"/>, optimal for W.</param>
/// <param name="Interrupted">The search stopped early (wall clock or cancellation); the bound is then the plain LP's.</param>
/// <param name="LpSolves">How many LPs GLOP solved.</param>
internal sealed record PrunedLpBound(double LowerBound, double PruningThreshold, LpSolution Vertex, bool Interrupted, int LpSolves)
{
    /// <summary>max(PruningThreshold, W): the trial makespan T whose LP(T) the vertex satisfies.</summary>
    public double TrialMakespan => Math.Max(PruningThreshold, Vertex.Makespan);
}
