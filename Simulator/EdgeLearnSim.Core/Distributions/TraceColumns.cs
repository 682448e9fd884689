using System.Collections.Concurrent;
using CsvHelper;

namespace EdgeLearnSim.Core.Distributions;

/// <summary>
/// Numeric columns of CSV traces (header row; lines starting with '#' are comments), each file and column read once
/// per process and shared, since many replications sample the same table.
/// </summary>
internal static class TraceColumns
{
    private static readonly ConcurrentDictionary<(string Path, string Column), Lazy<double[]>> Cache = new();

    /// <summary>
    /// The values of <paramref name="column"/> in file order. Relative paths resolve against the current folder.
    /// Throws <see cref="InvalidInputException"/> naming the file and line/column for a missing file or column,
    /// a non-numeric or non-finite value, or a column without values. Do not mutate the returned array.
    /// </summary>
    public static double[] Read(string path, string column)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(column);
        var key = (Path.GetFullPath(path), column);
        var lazy = Cache.GetOrAdd(key, k => new Lazy<double[]>(() => Load(path, k.Column)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A fixed file should be re-read, not remembered as broken.
            Cache.TryRemove(new KeyValuePair<(string, string), Lazy<double[]>>(key, lazy));
            throw;
        }
    }

    private static double[] Load(string path, string column)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, "trace file not found");
        }
        try
        {
            return Parse(path, column);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvHelperException)
        {
            throw new InvalidInputException(path, $"cannot read the trace: {e.Message.Split('\n')[0].Trim()}", e);
        }
    }

    private static double[] Parse(string path, string column)
    {
        var config = CommentedCsv.Configuration();
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new InvalidInputException(path, $"no header row; expected a column '{column}'");
        }
        var index = Array.IndexOf(header, column);
        if (index < 0)
        {
            throw new InvalidInputException(
                InvalidInputException.At(path, csv.Parser.RawRow, 1),
                $"no column '{column}' in the header ({string.Join(", ", header)})");
        }
        var values = new List<double>();
        while (csv.Read())
        {
            var value = CsvColumn.FiniteNumber(csv, path, index, column);
            values.Add(value);
        }
        if (values.Count == 0)
        {
            throw new InvalidInputException(path, $"column '{column}' has no values");
        }
        return [.. values];
    }
}
