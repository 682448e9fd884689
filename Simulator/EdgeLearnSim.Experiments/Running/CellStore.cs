using System.Globalization;
using CsvHelper;
using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// The results store of one scenario: each completed cell is one file <c>DIR/&lt;scenario&gt;/cells/NNNNNN.csv</c>
/// (its index in cell order), written atomically, holding the cell id, the scenario fingerprint, every column of
/// <see cref="RunColumns"/> by name, the parameters and the timings. A file exists only if its cell completed. A file
/// from another version of the scenario (different id or fingerprint) or of the tool (a column missing or a value its
/// column does not accept) is an error rather than a silently reused result.
/// </summary>
public sealed class CellStore(string scenarioFolder, string fingerprint)
{
    private const string ParametersColumn = "parameters";
    private const string QuantilesColumn = "completion_quantiles";

    private static readonly string[] Header =
        ["cell", "fingerprint", .. RunColumns.All.Select(c => c.Name), ParametersColumn, .. RunsCsv.TimingColumns, QuantilesColumn];

    public string Folder { get; } = Path.Combine(scenarioFolder, "cells");

    public string PathOf(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return Path.Combine(Folder, cell.Index.ToString("D6", CultureInfo.InvariantCulture) + ".csv");
    }

    public bool Contains(Cell cell) => File.Exists(PathOf(cell));

    /// <summary>Where the cell's timeline is kept, beside its rows.</summary>
    public string TimelinePathOf(Cell cell) => Path.ChangeExtension(PathOf(cell), ".timeline.csv");

    /// <summary>
    /// Stores a completed cell: its timeline first (if any), then its rows, so that a cell file's presence implies its
    /// timeline's, through resume, sharding and merge alike.
    /// </summary>
    public void Write(Cell cell, IReadOnlyList<RunRow> rows, CellTimeline? timeline = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (timeline is not null)
        {
            AtomicFile.WriteAllText(Path.ChangeExtension(PathOf(cell), ".gantt.csv"), GanttCsv.Write(timeline.Bars));
            AtomicFile.WriteAllText(TimelinePathOf(cell), TimelineCsv.Write(timeline));
        }
        var text = CsvFormat.Build(csv =>
        {
            CsvFormat.Row(csv, Header);
            foreach (var row in rows)
            {
                CsvFormat.Row(csv, [
                    cell.Id, fingerprint, .. row.Values, string.Join('\u001f', row.Parameters), .. RunsCsv.Timing(row.Timing),
                    string.Join(';', row.CompletionQuantiles.Select(CsvFormat.Number)),
                ]);
            }
        });
        AtomicFile.WriteAllText(PathOf(cell), text);
    }

    /// <summary>The stored timeline of a cell, or null when it has none.</summary>
    public CellTimeline? ReadTimeline(Cell cell)
    {
        var path = TimelinePathOf(cell);
        var gantt = Path.ChangeExtension(PathOf(cell), ".gantt.csv");
        return File.Exists(path) ? TimelineCsv.Read(path) with { Bars = File.Exists(gantt) ? GanttCsv.Read(gantt) : [] } : null;
    }

    /// <summary>The rows of a completed cell, read by header name; throws <see cref="InvalidInputException"/> when the file belongs to another scenario or tool version.</summary>
    public IReadOnlyList<RunRow> Read(Cell cell)
    {
        var path = PathOf(cell);
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CsvFormat.Configuration);
        var rows = new List<RunRow>();
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header || Header.Any(name => !header.Contains(name, StringComparer.Ordinal)))
        {
            throw new InvalidInputException(path, "not a cell file of this tool version; delete the cells folder and run again");
        }
        var position = header.Select((name, k) => (name, k)).GroupBy(p => p.name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().k, StringComparer.Ordinal);
        string Field(string name) => csv.GetField(position[name]) ?? "";
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (Field("cell") != cell.Id || Field("fingerprint") != fingerprint)
            {
                throw new InvalidInputException(
                    $"{path}:{line}",
                    $"holds cell '{Field("cell")}' of another version of scenario '{cell.Scenario.Name}' (expected '{cell.Id}'); run without --resume or use another --out");
            }
            var values = new string[RunColumns.All.Count];
            for (var k = 0; k < values.Length; k++)
            {
                var column = RunColumns.All[k];
                values[k] = Field(column.Name);
                if (!column.Accepts(values[k]))
                {
                    throw new InvalidInputException(
                        $"{path}:{line}:{position[column.Name] + 1}",
                        $"'{values[k]}' is not a valid {column.Kind.ToString().ToLowerInvariant()} for column {column.Name}; delete the cells folder and run again");
                }
            }
            var parameters = Field(ParametersColumn);
            var timing = new RunTiming(CsvFormat.ParseDouble(Field("scheduler_ms")), Field("exit"), long.Parse(Field("iterations"), CultureInfo.InvariantCulture));
            var quantiles = Field(QuantilesColumn);
            rows.Add(new RunRow(values, parameters.Length == 0 ? [] : parameters.Split('\u001f'), timing, quantiles.Length == 0 ? [] : [.. quantiles.Split(';').Select(CsvFormat.ParseDouble)]));
        }
        return rows;
    }
}
