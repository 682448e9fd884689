using System.Globalization;
using CsvHelper;
using EdgeLearnSim.Core.Distributions;

namespace EdgeLearnSim.Core.Accuracy;

/// <summary>
/// (ratio, accuracy) points from any CSV table ('#' lines are comments): the caller names the ratio and accuracy
/// columns and, optionally, a column whose values split the rows into groups (one curve each, in order of first
/// appearance). Other columns are ignored.
/// </summary>
public static class AccuracyTable
{
    /// <exception cref="InvalidInputException">
    /// A missing file or header, a named column that is absent, or a value that is not a finite number (the ratio also
    /// &gt; 0), located by file, line and column.
    /// </exception>
    public static IReadOnlyList<AccuracyGroup> Read(string path, string ratioColumn = "ratio", string accuracyColumn = "accuracy", string? groupColumn = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ratioColumn);
        ArgumentNullException.ThrowIfNull(accuracyColumn);
        var wanted = groupColumn is null ? $"'{ratioColumn}' and '{accuracyColumn}'" : $"'{ratioColumn}', '{accuracyColumn}' and '{groupColumn}'";
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, "file not found");
        }
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CommentedCsv.Configuration());
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new InvalidInputException(path, $"no header row; expected the columns {wanted}");
        }
        var ratioIndex = Array.IndexOf(header, ratioColumn);
        var accuracyIndex = Array.IndexOf(header, accuracyColumn);
        var groupIndex = groupColumn is null ? -1 : Array.IndexOf(header, groupColumn);
        if (ratioIndex < 0 || accuracyIndex < 0 || (groupColumn is not null && groupIndex < 0))
        {
            throw new InvalidInputException(
                InvalidInputException.At(path, csv.Parser.RawRow, 1), $"expected the columns {wanted}, found {string.Join(",", header)}");
        }
        var groups = new List<(string? Value, List<(double, double)> Points)>();
        while (csv.Read())
        {
            var ratio = CsvColumn.FiniteNumber(csv, path, ratioIndex, ratioColumn);
            if (!(ratio > 0))
            {
                throw new InvalidInputException(
                    InvalidInputException.At(path, csv.Parser.RawRow, CsvColumn.Of(csv.Parser.RawRecord, ratioIndex)),
                    $"{ratioColumn} must be positive, not {ratio.ToString("R", CultureInfo.InvariantCulture)}");
            }
            var accuracy = CsvColumn.FiniteNumber(csv, path, accuracyIndex, accuracyColumn);
            var value = groupIndex < 0 ? null : (groupIndex < csv.Parser.Count ? csv.Parser[groupIndex] : "");
            var group = groups.FindIndex(g => g.Value == value);
            if (group < 0)
            {
                groups.Add((value, []));
                group = groups.Count - 1;
            }
            groups[group].Points.Add((ratio, accuracy));
        }
        return groups.Count == 0 && groupColumn is null
            ? [new AccuracyGroup(null, [])]
            : [.. groups.Select(g => new AccuracyGroup(g.Value, g.Points))];
    }
}
