using System.Globalization;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Experiments.Output;

/// <summary>
/// <c>failures.csv</c>: one line per scheduler or policy that failed in a cell, and per cell that failed whole or
/// never ran (label <c>*</c>), in cell order: the cell's index and id, the label and the one-line error. Written on
/// every render, so a clean run's file has the header alone.
/// </summary>
public static class FailuresCsv
{
    public const string FileName = "failures.csv";

    public static string Write(IEnumerable<CellFailure> failures) => CsvFormat.Build(csv =>
    {
        CsvFormat.Row(csv, ["cell_index", "cell", "scheduler", "error"]);
        foreach (var failure in failures)
        {
            CsvFormat.Row(csv, [failure.Cell.Index.ToString(CultureInfo.InvariantCulture), failure.Cell.Id, failure.Failure.Label, failure.Failure.Message]);
        }
    });
}
