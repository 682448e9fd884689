using System.Globalization;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Output;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// One column of <c>runs.csv</c>, declared once (BenchmarkDotNet's <c>IColumn</c> style) and walked by every writer,
/// reader and summary: its header <see cref="Name"/>, <see cref="Unit"/>, what it means, its <see cref="Kind"/> (the
/// one text format and parse), how it is computed from a <see cref="RunSource"/>, whether the summary aggregates it
/// and whether and how it is plotted.
/// </summary>
public sealed record RunColumn(string Name, string Unit, string Meaning, ColumnKind Kind, Func<RunSource, string> Compute)
{
    /// <summary>Aggregated per (sweep point, topology, scheduler) in <c>summary.csv</c>, with paired differences.</summary>
    public bool Summarised { get; init; }

    /// <summary>The figure drawn from the summary of this column, or null.</summary>
    public RunColumnPlot? Plot { get; init; }

    /// <summary>The value of <paramref name="text"/> as a number: NaN for an empty real; throws for other kinds.</summary>
    public double Number(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Kind switch
        {
            ColumnKind.Whole => double.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            ColumnKind.Real => text.Length == 0 ? double.NaN : CsvFormat.ParseDouble(text),
            ColumnKind.Flag => text == "true" ? 1 : 0,
            _ => throw new InvalidOperationException($"Column {Name} is text, not a number."),
        };
    }

    /// <summary>True when <paramref name="text"/> is a valid value of this column (what reading a cell file checks).</summary>
    public bool Accepts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Kind switch
        {
            ColumnKind.Whole => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                || ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _),
            ColumnKind.Real => text.Length == 0 || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            ColumnKind.Flag => text is "true" or "false",
            _ => true,
        };
    }
}
