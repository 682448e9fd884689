namespace EdgeLearnSim.Core.Scheduling;

/// <summary>Why a scheduler stopped (after Math.NET's <c>ExitCondition</c>).</summary>
public enum ExitReason
{
    /// <summary>The algorithm ran to its natural end (a construction, a local optimum, all rounds done).</summary>
    Completed,

    /// <summary>An exact method proved its assignment optimal.</summary>
    ProvedOptimal,

    /// <summary>A deterministic budget (iterations, rounds, solver deterministic time) ran out.</summary>
    DeterministicLimit,

    /// <summary>The wall-clock safety net fired: the result is the best so far and may differ between machines.</summary>
    WallClockLimit,

    /// <summary>Cancellation was requested: the result is the best so far.</summary>
    Cancelled,
}
