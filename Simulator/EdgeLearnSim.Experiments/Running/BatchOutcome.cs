namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// The end of a batch: the failures of the cells it ran (each scheduler or policy that failed, and cells that failed
/// whole), whether it was cancelled, the folders rendered, cell counts, and for a resumed run one line per scenario
/// saying how many stored cells were recomputed and why.
/// </summary>
public sealed record BatchOutcome(
    IReadOnlyList<CellFailure> Failures,
    bool Cancelled,
    IReadOnlyList<string> RenderedFolders,
    int CellsRun,
    int CellsSkipped)
{
    public IReadOnlyList<string> ResumeNotes { get; init; } = [];
}
