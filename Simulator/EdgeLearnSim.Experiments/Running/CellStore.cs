using System.Globalization;
using CsvHelper;
using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// The results store of one scenario: each completed cell is one file <c>DIR/&lt;scenario&gt;/cells/NNNNNN.csv</c>
/// (its index in cell order), written atomically, holding the cell id, the scenario fingerprint and the cell's
/// rows with timings. A file exists only if its cell completed. A file from another version of the scenario
/// (different id or fingerprint) is an error rather than a silently reused result.
/// </summary>
public sealed class CellStore(string scenarioFolder, string fingerprint)
{
    private static readonly string[] Header =
        ["cell", "fingerprint", .. RunsCsv.LeadingColumns, "parameters", "scheduler_ms", "exit"];

    public string Folder { get; } = Path.Combine(scenarioFolder, "cells");

    public string PathOf(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Path.Combine(Folder, cell.Index.ToString("D6", CultureInfo.InvariantCulture) + ".csv");
    }

    public bool Contains(Cell cell) => File.Exists(PathOf(cell));

    public void Write(Cell cell, IReadOnlyList<RunRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = CsvFormat.Build(csv =>
        {
            CsvFormat.Row(csv, Header);
            foreach (var row in rows)
            {
                CsvFormat.Row(csv, [
                    cell.Id, fingerprint, .. RunsCsv.Keys(row), .. RunsCsv.Measures(row),
                    string.Join('\u001f', row.Parameters), CsvFormat.Number(row.SchedulerMilliseconds), row.Exit,
                ]);
            }
        });
        AtomicFile.WriteAllText(PathOf(cell), text);
    }

    /// <summary>The rows of a completed cell; throws <see cref="InvalidInputException"/> when the file belongs to another scenario version.</summary>
    public IReadOnlyList<RunRow> Read(Cell cell)
    {
        var path = PathOf(cell);
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CsvFormat.Configuration);
        var rows = new List<RunRow>();
        if (!csv.Read() || !csv.ReadHeader() || !Header.SequenceEqual(csv.HeaderRecord ?? []))
        {
            throw new InvalidInputException(path, "not a cell file of this tool version; delete the cells folder and run again");
        }
        while (csv.Read())
        {
            if (csv.GetField(0) != cell.Id || csv.GetField(1) != fingerprint)
            {
                throw new InvalidInputException(
                    path,
                    $"holds cell '{csv.GetField(0)}' of another version of scenario '{cell.Scenario.Name}' (expected '{cell.Id}'); run without --resume or use another --out");
            }
            var parameters = csv.GetField(18)!;
            rows.Add(new RunRow(
                csv.GetField(2)!,
                csv.GetField(3)!,
                int.Parse(csv.GetField(4)!, CultureInfo.InvariantCulture),
                int.Parse(csv.GetField(5)!, CultureInfo.InvariantCulture),
                csv.GetField(6)!,
                int.Parse(csv.GetField(7)!, CultureInfo.InvariantCulture),
                ulong.Parse(csv.GetField(8)!, CultureInfo.InvariantCulture),
                CsvFormat.ParseDouble(csv.GetField(9)!),
                CsvFormat.ParseDouble(csv.GetField(10)!),
                int.Parse(csv.GetField(11)!, CultureInfo.InvariantCulture),
                int.Parse(csv.GetField(12)!, CultureInfo.InvariantCulture),
                CsvFormat.ParseDouble(csv.GetField(13)!),
                CsvFormat.ParseDouble(csv.GetField(14)!),
                CsvFormat.ParseDouble(csv.GetField(15)!),
                CsvFormat.ParseDouble(csv.GetField(16)!),
                CsvFormat.ParseDouble(csv.GetField(17)!),
                parameters.Length == 0 ? [] : parameters.Split('\u001f'),
                CsvFormat.ParseDouble(csv.GetField(19)!),
                csv.GetField(20)!));
        }
        return rows;
    }
}
