using System.Globalization;
using CsvHelper;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Output;

namespace EdgeLearnSim.Testbed.Experiment;

/// <summary>The measured points as CSV: the columns are declared once here, for the table, the cell files and the reader.</summary>
public static class PointsTable
{
    public static IReadOnlyList<string> Columns { get; } =
        ["ratio", "records", "repeat", "accuracy_raw", "accuracy_compressed", "relative_accuracy"];

    /// <summary>The table, with <paramref name="leadingColumns"/> (and their values per point) before the point's own columns.</summary>
    public static string Format(IEnumerable<AccuracyPoint> points, string comment = "", IReadOnlyList<string>? leadingColumns = null, IReadOnlyList<string>? leadingValues = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        var body = CsvFormat.Build(csv =>
        {
            CsvFormat.Row(csv, [.. leadingColumns ?? [], .. Columns]);
            foreach (var p in points)
            {
                CsvFormat.Row(csv, [
                    .. leadingValues ?? [], CsvFormat.Number(p.Ratio), CsvFormat.Number(p.Records), CsvFormat.Number(p.Repeat),
                    CsvFormat.Number(p.AccuracyRaw), CsvFormat.Number(p.AccuracyCompressed), CsvFormat.Number(p.RelativeAccuracy),
                ]);
            }
        });
        return comment + body;
    }

    /// <summary>Reads a table written by <see cref="Format"/> ('#' lines are comments); <paramref name="leadingColumns"/> are checked, not returned.</summary>
    /// <exception cref="InvalidInputException">Another header, or a value that is not a number, located by file and line.</exception>
    public static IReadOnlyList<AccuracyPoint> Read(string path, Func<string[], bool>? acceptLeading = null, int leadingColumns = 0)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CommentedCsv.Configuration());
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header || !header.Skip(leadingColumns).SequenceEqual(Columns))
        {
            throw new InvalidInputException(path, $"expected the header {string.Join(',', Columns)}");
        }
        var points = new List<AccuracyPoint>();
        while (csv.Read())
        {
            var fields = csv.Parser.Record ?? [];
            if (fields.Length != header.Length || (acceptLeading is not null && !acceptLeading(fields[..leadingColumns])))
            {
                throw new InvalidInputException(InvalidInputException.At(path, csv.Parser.RawRow, 1), $"expected {header.Length} fields of this table");
            }
            try
            {
                var f = fields[leadingColumns..];
                points.Add(new AccuracyPoint(
                    CsvFormat.ParseDouble(f[0]), int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture),
                    CsvFormat.ParseDouble(f[3]), CsvFormat.ParseDouble(f[4])));
            }
            catch (FormatException e)
            {
                throw new InvalidInputException(InvalidInputException.At(path, csv.Parser.RawRow, 1), $"not a number: {e.Message}", e);
            }
        }
        return points;
    }
}
