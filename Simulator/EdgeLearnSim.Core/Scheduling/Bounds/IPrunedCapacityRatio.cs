namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// g(t): the least capacity scale T such that the pruned LP with the eligibility of trial makespan t (task i may use
/// edge j when V_ij ≤ t) and edge capacities T·B_j is feasible, or +∞ when some task has no edge at t. Every value
/// returned is certified: all T ≤ t with T &lt; g(t) are infeasible, and t is feasible iff g(t) ≤ t.
/// </summary>
internal interface IPrunedCapacityRatio
{
    /// <summary>max_i min_{j∈E_i} V_ij, the largest single-task time.</summary>
    double LargestShortestTime { get; }

    /// <summary>An assignment's makespan, so a feasible trial makespan (each task on its fastest eligible edge).</summary>
    double FeasibleMakespan { get; }

    double Ratio(double trialMakespan);

    /// <summary>The smallest V_ij (j ∈ E_i) strictly above <paramref name="trialMakespan"/>, or +∞: where the edge sets next grow.</summary>
    double NextBreakpoint(double trialMakespan);
}
