using System.Globalization;
using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Cells;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// A failure in a cell: one scheduler or policy (<see cref="RunFailure.Label"/>), or the whole cell
/// (<see cref="RunFailure.WholeCell"/>: its instance could not be drawn or bounded, or it never ran). The cell's other
/// rows and every other cell are kept. <see cref="IsBadInput"/> marks a whole-cell failure that is the scenario's
/// fault (a draw no ratio meets), which makes <c>run</c> exit as for bad input when every failure is one.
/// </summary>
public sealed record CellFailure(Cell Cell, RunFailure Failure, bool IsBadInput = false)
{
    /// <summary>
    /// The whole-cell failure of <paramref name="cell"/> from its exception. Bad input only a draw reveals (say, a
    /// normally distributed accuracy bound above A(1)) keeps the error shape <c>FILE: FIELD: problem</c>, the field
    /// under <c>instance.</c> of the scenario file; anything else names the exception.
    /// </summary>
    public static CellFailure OfCell(Cell cell, Exception error)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(error);
        return error is InvalidInputException input
            ? new CellFailure(cell, new RunFailure(RunFailure.WholeCell, $"{Located(cell, input)}: {input.Problem}"), IsBadInput: true)
            : new CellFailure(cell, RunFailure.Of(RunFailure.WholeCell, error));
    }

    /// <summary>One line, ending with (or naming) the cell's index, id (its sweep values, topology, replication) and seed.</summary>
    public string Describe() => Failure.Label == RunFailure.WholeCell
        ? string.Create(CultureInfo.InvariantCulture, $"{Failure.Message} (cell {Cell.Index}: {Cell.Id}, seed {Cell.Seed})")
        : string.Create(CultureInfo.InvariantCulture, $"cell {Cell.Index} ({Cell.Id}, seed {Cell.Seed}): {Failure.Label} failed: {Failure.Message}");

    private static string Located(Cell cell, InvalidInputException input) =>
        Path.IsPathRooted(input.Location) ? input.Location : $"{cell.Scenario.SourcePath}: instance.{input.Location.Replace('-', '_')}";
}
