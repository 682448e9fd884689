using EdgeLearnSim.Experiments.Fingerprints;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// A cell as the results store holds it: the fingerprint it was computed under, the rows that finished and the
/// failures of those that did not (a whole-cell failure has label <see cref="RunFailure.WholeCell"/> and no rows).
/// </summary>
public sealed record StoredCell(CellFingerprint Fingerprint, IReadOnlyList<RunRow> Rows, IReadOnlyList<RunFailure> Failures)
{
    /// <summary>Whether every scheduler and policy of the cell finished.</summary>
    public bool Complete => Failures.Count == 0;
}
