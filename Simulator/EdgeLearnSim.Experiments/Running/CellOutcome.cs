using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// What one cell produced: a row per scheduler and policy that finished (scenario order), a failure per one that did
/// not, and for the representative cell the timeline of its representative run (null otherwise).
/// </summary>
public sealed record CellOutcome(IReadOnlyList<RunRow> Rows, IReadOnlyList<RunFailure> Failures, CellTimeline? Timeline)
{
    /// <summary>Whether every scheduler and policy of the cell finished.</summary>
    public bool Complete => Failures.Count == 0;
}
