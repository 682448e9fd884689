using EdgeLearnSim.Experiments.Cells;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>A cell whose run threw; the others are kept. <see cref="Describe"/> names the cell's parameters.</summary>
public sealed record CellFailure(Cell Cell, Exception Error)
{
    public string Describe() => $"cell {Cell.Index} ({Cell.Id}, seed {Cell.InstanceSeed}) failed: {Error.GetType().Name}: {Error.Message}";
}
