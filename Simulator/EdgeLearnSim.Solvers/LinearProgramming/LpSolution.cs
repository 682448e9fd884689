namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>
/// One optimal extreme point of the makespan LP over an allowed set of pairs.
/// </summary>
/// <param name="Makespan">W at the optimum, as GLOP reports it (primal, within GLOP's tolerances).</param>
/// <param name="CertifiedLowerBound">
/// A value proven ≤ the LP optimum from GLOP's duals: with y_j ≥ 0, Σ y_j = 1 taken from the load rows,
/// Σ_i min_{allowed j} y_j·V_ij ≤ W for every feasible (x, W). It does not rely on GLOP's tolerances.
/// </param>
/// <param name="Shares">The extreme point's x_ij.</param>
internal sealed record LpSolution(double Makespan, double CertifiedLowerBound, FractionalAssignment Shares);
