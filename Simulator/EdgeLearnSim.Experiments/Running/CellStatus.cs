namespace EdgeLearnSim.Experiments.Running;

/// <summary>What happened to a cell in a batch.</summary>
public enum CellStatus
{
    Completed,

    /// <summary>Resumed run: the cell's file already existed.</summary>
    Skipped,

    Failed,
}
