using System.Globalization;
using System.Text;
using CsvHelper;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Fingerprints;
using EdgeLearnSim.Experiments.Output;
using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// The results store of one scenario: each cell that ran is one file <c>DIR/&lt;scenario&gt;/cells/&lt;key&gt;.csv</c>,
/// keyed by its id (so adding replications or sweep values moves no stored cell), written atomically, holding the
/// cell id, its <see cref="CellFingerprint"/>, one line per finished run with every column of <see cref="RunColumns"/>
/// by name, the parameters and the timings, and one line per failed run (its label and one-line error). A cell's
/// rows are used only while its stored fingerprint matches the one its settings give now (<see cref="Lookup"/>).
/// </summary>
public sealed class CellStore(string scenarioFolder, CellFingerprints fingerprints)
{
    private const string CellColumn = "cell";
    private const string FingerprintColumn = "fingerprint";
    private const string FailedColumn = "failed_run";
    private const string FailureColumn = "failure";
    private const string ParametersColumn = "parameters";
    private const string QuantilesColumn = "completion_quantiles";

    private static readonly string[] Header =
        [CellColumn, FingerprintColumn, FailedColumn, FailureColumn, .. RunColumns.All.Select(c => c.Name), ParametersColumn, .. RunsCsv.TimingColumns, QuantilesColumn];

    public string Folder { get; } = Path.Combine(scenarioFolder, "cells");

    /// <summary>The fingerprints the store compares stored cells with.</summary>
    public CellFingerprints Fingerprints => fingerprints;

    public string PathOf(Cell cell) => Path.Combine(Folder, FileNameOf(cell));

    /// <summary>The name of a cell's file in the cells folder: a hash of its id.</summary>
    public static string FileNameOf(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return SettingsDigest.HashOf(Encoding.UTF8.GetBytes(cell.Id)) + ".csv";
    }

    /// <summary>Where the cell's timeline is kept, beside its rows.</summary>
    public string TimelinePathOf(Cell cell) => Path.ChangeExtension(PathOf(cell), ".timeline.csv");

    // The Gantt bars of the timeline's run, written before the timeline, which is written before the rows.
    private string GanttPathOf(Cell cell) => Path.ChangeExtension(PathOf(cell), ".gantt.csv");

    /// <summary>The stored cell if it is there and was computed under the fingerprint <paramref name="cell"/> has now; else null.</summary>
    public StoredCell? Lookup(Cell cell) =>
        Read(cell) is { } stored && fingerprints.For(cell).Matches(stored.Fingerprint) ? stored : null;

    /// <summary>
    /// Stores a cell that ran: its timeline first (if any), then its rows and failures, so that a cell file's presence
    /// implies its timeline's, through resume, sharding and merge alike.
    /// </summary>
    public void Write(Cell cell, CellOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Timeline is not null)
        {
            AtomicFile.WriteAllText(GanttPathOf(cell), GanttCsv.Write(outcome.Timeline.Bars));
            AtomicFile.WriteAllText(TimelinePathOf(cell), TimelineCsv.Write(outcome.Timeline));
        }
        var fingerprint = fingerprints.For(cell).Text;
        var blanks = Enumerable.Repeat("", Header.Length - 4).ToArray();
        var text = CsvFormat.Build(csv =>
        {
            CsvFormat.Row(csv, Header);
            foreach (var row in outcome.Rows)
            {
                CsvFormat.Row(csv, [
                    cell.Id, fingerprint, "", "", .. RunsCsv.Fields(row), string.Join('\u001f', row.Parameters), .. RunsCsv.Timing(row.Timing),
                    string.Join(';', row.CompletionQuantiles.Select(CsvFormat.Number)),
                ]);
            }
            foreach (var failure in outcome.Failures)
            {
                CsvFormat.Row(csv, [cell.Id, fingerprint, failure.Label, failure.Message, .. blanks]);
            }
        });
        AtomicFile.WriteAllText(PathOf(cell), text);
    }

    /// <summary>The stored timeline of a cell, or null when it has none.</summary>
    public CellTimeline? ReadTimeline(Cell cell)
    {
        var path = TimelinePathOf(cell);
        var gantt = GanttPathOf(cell);
        return File.Exists(path) ? TimelineCsv.Read(path) with { Bars = File.Exists(gantt) ? GanttCsv.Read(gantt) : [] } : null;
    }

    /// <summary>
    /// The stored cell whatever its fingerprint, or null when none is stored; throws <see cref="InvalidInputException"/>
    /// when the file is not a cell file of this tool version or holds another cell.
    /// </summary>
    public StoredCell? Read(Cell cell)
    {
        var path = PathOf(cell);
        if (!File.Exists(path))
        {
            return null;
        }
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CsvFormat.Configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header || Header.Any(name => !header.Contains(name, StringComparer.Ordinal)))
        {
            throw new InvalidInputException(path, "not a cell file of this tool version; delete the cells folder and run again");
        }
        var position = header.Select((name, k) => (name, k)).GroupBy(p => p.name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().k, StringComparer.Ordinal);
        string Field(string name) => csv.GetField(position[name]) ?? "";
        var rows = new List<RunRow>();
        var failures = new List<RunFailure>();
        CellFingerprint? fingerprint = null;
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (Field(CellColumn) != cell.Id)
            {
                throw new InvalidInputException($"{path}:{line}", $"holds cell '{Field(CellColumn)}', not '{cell.Id}'; delete the cells folder and run again");
            }
            fingerprint ??= CellFingerprint.Parse(Field(FingerprintColumn));
            if (Field(FailedColumn) is { Length: > 0 } label)
            {
                failures.Add(new RunFailure(label, Field(FailureColumn)));
                continue;
            }
            var values = new RunValue[RunColumns.All.Count];
            for (var k = 0; k < values.Length; k++)
            {
                var column = RunColumns.All[k];
                var text = Field(column.Name);
                if (!column.TryParse(text, out values[k]))
                {
                    throw new InvalidInputException(
                        $"{path}:{line}:{position[column.Name] + 1}",
                        $"'{text}' is not a valid {column.Kind.ToString().ToLowerInvariant()} for column {column.Name}; delete the cells folder and run again");
                }
            }
            var parameters = Field(ParametersColumn);
            var timing = new RunTiming(CsvFormat.ParseDouble(Field("scheduler_ms")), Field("exit"), long.Parse(Field("iterations"), CultureInfo.InvariantCulture));
            var quantiles = Field(QuantilesColumn);
            rows.Add(new RunRow(values, parameters.Length == 0 ? [] : parameters.Split('\u001f'), timing, quantiles.Length == 0 ? [] : [.. quantiles.Split(';').Select(CsvFormat.ParseDouble)]));
        }
        return new StoredCell(fingerprint ?? new CellFingerprint([]), rows, failures);
    }
}
