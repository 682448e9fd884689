using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace EdgeLearnSim.Core.Output;

/// <summary>The one CSV dialect of every output: invariant culture, comma, <c>\n</c> line ends, doubles in round-trip form.</summary>
public static class CsvFormat
{
    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    /// <summary>Round-trip text of a double ("R"): parsing it gives the same bits back.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    public static double ParseDouble(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Builds a CSV text with <paramref name="write"/> and returns it (for an atomic write).</summary>
    public static string Build(Action<CsvWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            write(csv);
        }
        return text.ToString();
    }

    public static void Row(CsvWriter csv, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }
        csv.NextRecord();
    }
}
