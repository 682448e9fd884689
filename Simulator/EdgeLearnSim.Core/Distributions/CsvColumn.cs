using System.Globalization;
using CsvHelper;

namespace EdgeLearnSim.Core.Distributions;

/// <summary>Character positions in a raw CSV line, for error messages that point at the bad field.</summary>
internal static class CsvColumn
{
    /// <summary>1-based character column where field <paramref name="fieldIndex"/> starts (commas inside quotes skipped).</summary>
    public static int Of(string rawLine, int fieldIndex)
    {
        var field = 0;
        var quoted = false;
        for (var position = 0; position < rawLine.Length; position++)
        {
            if (field == fieldIndex)
            {
                return position + 1;
            }
            var character = rawLine[position];
            if (character == '"')
            {
                quoted = !quoted;
            }
            else if (character == ',' && !quoted)
            {
                field++;
            }
        }
        return rawLine.TrimEnd('\r', '\n').Length + 1;
    }

    /// <summary>Field <paramref name="index"/> of the current row as a finite number.</summary>
    /// <exception cref="InvalidInputException">The field is missing or not a finite number, located by file, line and character column.</exception>
    public static double FiniteNumber(CsvReader csv, string path, int index, string column)
    {
        var text = index < csv.Parser.Count ? csv.Parser[index] : null;
        if (text is null
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value))
        {
            throw new InvalidInputException(
                InvalidInputException.At(path, csv.Parser.RawRow, Of(csv.Parser.RawRecord, index)),
                $"column '{column}' needs a finite number, found '{text ?? "(missing)"}'");
        }
        return value;
    }
}
