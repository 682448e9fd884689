using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Cells;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>A cell whose run threw; the others are kept. <see cref="Describe"/> names the cell's parameters.</summary>
public sealed record CellFailure(Cell Cell, Exception Error)
{
    /// <summary>
    /// One line. Bad input only a draw reveals (say, a normally distributed accuracy bound above A(1)) keeps the error
    /// shape <c>FILE: FIELD: problem</c>, the field under <c>instance.</c> of the scenario file; anything else names
    /// the exception. Both end with the cell's index, id (its sweep values, topology, replication) and seed.
    /// </summary>
    public string Describe() => Error is InvalidInputException input
        ? $"{Located(input)}: {input.Problem} (cell {Cell.Index}: {Cell.Id}, seed {Cell.InstanceSeed})"
        : $"cell {Cell.Index} ({Cell.Id}, seed {Cell.InstanceSeed}) failed: {Error.GetType().Name}: {Error.Message}";

    private string Located(InvalidInputException input) =>
        Path.IsPathRooted(input.Location) ? input.Location : $"{Cell.Scenario.SourcePath}: instance.{input.Location.Replace('-', '_')}";
}
