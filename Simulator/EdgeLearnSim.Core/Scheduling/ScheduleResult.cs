namespace EdgeLearnSim.Core.Scheduling;

/// <summary>
/// An immutable scheduling outcome. <see cref="EdgeOf"/>[i] is the edge of task i; <see cref="EdgeOrder"/>[j]
/// lists edge j's tasks in the order its uplink serves them. <see cref="Makespan"/> is always the true
/// max_j Σ V_ij of the assignment, recomputed in doubles, whatever the algorithm optimised internally.
/// </summary>
public sealed record ScheduleResult
{
    public required IReadOnlyList<int> EdgeOf { get; init; }

    public required IReadOnlyList<IReadOnlyList<int>> EdgeOrder { get; init; }

    public required double Makespan { get; init; }

    /// <summary>A lower bound on OPT that this scheduler proved itself (LP value, CP-SAT bound), if any.</summary>
    public double? ProvenLowerBound { get; init; }

    /// <summary>
    /// A bound an external program claims but nothing here proved: reported in its own column, never used as the
    /// certified <c>lower_bound</c>. Null for built-in schedulers.
    /// </summary>
    public double? ClaimedLowerBound { get; init; }

    /// <summary>Iterations, rounds or solver branches, in the scheduler's own unit.</summary>
    public long Iterations { get; init; }

    public required ExitReason Exit { get; init; }
}
