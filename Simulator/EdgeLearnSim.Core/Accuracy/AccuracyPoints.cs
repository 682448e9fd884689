using System.Globalization;
using CsvHelper;
using EdgeLearnSim.Core.Distributions;

namespace EdgeLearnSim.Core.Accuracy;

/// <summary>Measured (ratio, accuracy) points in a CSV file with the header <c>ratio,accuracy</c>; '#' lines are comments.</summary>
public static class AccuracyPoints
{
    /// <summary>The points in file order.</summary>
    /// <exception cref="InvalidInputException">A missing file or header, or a value that is not a finite number (ratio also &gt; 0), located by file, line and column.</exception>
    public static IReadOnlyList<(double Ratio, double Accuracy)> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, "file not found");
        }
        var config = CommentedCsv.Configuration();
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new InvalidInputException(path, "no header row; expected 'ratio,accuracy'");
        }
        var ratioColumn = Array.IndexOf(header, "ratio");
        var accuracyColumn = Array.IndexOf(header, "accuracy");
        if (ratioColumn < 0 || accuracyColumn < 0)
        {
            throw new InvalidInputException(
                InvalidInputException.At(path, csv.Parser.RawRow, 1), $"expected the columns 'ratio' and 'accuracy', found {string.Join(",", header)}");
        }
        var points = new List<(double, double)>();
        while (csv.Read())
        {
            var ratio = Number(csv, path, ratioColumn, "ratio");
            if (!(ratio > 0))
            {
                throw new InvalidInputException(
                    InvalidInputException.At(path, csv.Parser.RawRow, CsvColumn.Of(csv.Parser.RawRecord, ratioColumn)),
                    $"ratio must be positive, not {ratio.ToString("R", CultureInfo.InvariantCulture)}");
            }
            points.Add((ratio, Number(csv, path, accuracyColumn, "accuracy")));
        }
        return points;
    }

    private static double Number(CsvReader csv, string path, int index, string name)
    {
        var text = index < csv.Parser.Count ? csv.Parser[index] : null;
        if (text is null
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            throw new InvalidInputException(
                InvalidInputException.At(path, csv.Parser.RawRow, CsvColumn.Of(csv.Parser.RawRecord, index)),
                $"{name} must be a finite number, found '{text ?? "(missing)"}'");
        }
        return value;
    }
}
