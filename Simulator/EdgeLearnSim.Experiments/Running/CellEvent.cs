using EdgeLearnSim.Experiments.Cells;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>Progress report for one cell; raised from worker threads, <see cref="Done"/> of <see cref="Total"/> cells of the batch.</summary>
public sealed record CellEvent(Cell Cell, CellStatus Status, Exception? Error, int Done, int Total);
