namespace EdgeLearnSim.Experiments.Running;

/// <summary>The end of a batch: failed cells, whether it was cancelled, the folders rendered, and cell counts.</summary>
public sealed record BatchOutcome(
    IReadOnlyList<CellFailure> Failures,
    bool Cancelled,
    IReadOnlyList<string> RenderedFolders,
    int CellsRun,
    int CellsSkipped);
