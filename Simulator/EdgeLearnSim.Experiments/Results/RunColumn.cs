using System.Globalization;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Output;

namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// One column of <c>runs.csv</c>, declared once (BenchmarkDotNet's <c>IColumn</c> style) and walked by every writer,
/// reader and summary: its header <see cref="Name"/>, <see cref="Unit"/>, what it means, its <see cref="Kind"/>, how
/// its typed value is computed from a <see cref="RunSource"/>, its one text form (<see cref="Format"/>, the inverse of
/// <see cref="TryParse"/>), whether the summary aggregates it and whether and how it is plotted.
/// </summary>
public sealed record RunColumn
{
    private readonly Func<RunSource, RunValue> compute;

    private RunColumn(string name, string unit, string meaning, ColumnKind kind, Func<RunSource, RunValue> compute)
    {
        Name = name;
        Unit = unit;
        Meaning = meaning;
        Kind = kind;
        this.compute = compute;
    }

    public string Name { get; }

    public string Unit { get; }

    public string Meaning { get; }

    public ColumnKind Kind { get; }

    /// <summary>Aggregated per (sweep point, topology, scheduler) in <c>summary.csv</c>, with paired differences.</summary>
    public bool Summarised { get; init; }

    /// <summary>The figure drawn from the summary of this column, or null.</summary>
    public RunColumnPlot? Plot { get; init; }

    public static RunColumn Text(string name, string unit, string meaning, Func<RunSource, string> compute) =>
        new(name, unit, meaning, ColumnKind.Text, s => RunValue.OfText(compute(s)));

    public static RunColumn Whole(string name, string unit, string meaning, Func<RunSource, long> compute) =>
        new(name, unit, meaning, ColumnKind.Whole, s => RunValue.OfWhole(compute(s)));

    public static RunColumn Whole(string name, string unit, string meaning, Func<RunSource, ulong> compute) =>
        new(name, unit, meaning, ColumnKind.Whole, s => RunValue.OfWhole(compute(s)));

    /// <summary>A real column; <paramref name="compute"/> returns null where the run has no value.</summary>
    public static RunColumn Real(string name, string unit, string meaning, Func<RunSource, double?> compute) =>
        new(name, unit, meaning, ColumnKind.Real, s => compute(s) is { } value ? RunValue.OfReal(value) : RunValue.AbsentReal);

    public static RunColumn Flag(string name, string unit, string meaning, Func<RunSource, bool> compute) =>
        new(name, unit, meaning, ColumnKind.Flag, s => RunValue.OfFlag(compute(s)));

    /// <summary>This column's value for <paramref name="source"/>.</summary>
    public RunValue Compute(RunSource source) => compute(source);

    /// <summary>
    /// The canonical invariant text of <paramref name="value"/>: text as is, whole numbers in invariant digits, reals
    /// in round-trip form (empty when absent), flags <c>true</c>/<c>false</c>.
    /// </summary>
    public string Format(RunValue value)
    {
        if (value.Kind != Kind)
        {
            throw new ArgumentException($"Column {Name} holds {Kind} values, not {value.Kind}.", nameof(value));
        }
        return Kind switch
        {
            ColumnKind.Text => value.Text,
            ColumnKind.Whole => value.Whole.ToString(CultureInfo.InvariantCulture),
            ColumnKind.Real => value.Real is { } real ? CsvFormat.Number(real) : "",
            _ => value.Flag ? "true" : "false",
        };
    }

    /// <summary>
    /// Reads back what <see cref="Format"/> wrote (the results store's reader): false when <paramref name="text"/> is
    /// not a value of this column. Formatting the value read gives <paramref name="text"/> back for every text
    /// <see cref="Format"/> produces.
    /// </summary>
    public bool TryParse(string text, out RunValue value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        switch (Kind)
        {
            case ColumnKind.Text:
                value = RunValue.OfText(text);
                return true;
            case ColumnKind.Whole when Int128.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                && whole >= long.MinValue && whole <= ulong.MaxValue:
                value = RunValue.OfWhole(whole);
                return true;
            case ColumnKind.Real when text.Length == 0:
                value = RunValue.AbsentReal;
                return true;
            case ColumnKind.Real when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real):
                value = RunValue.OfReal(real);
                return true;
            case ColumnKind.Flag when text is "true" or "false":
                value = RunValue.OfFlag(text == "true");
                return true;
            default:
                return false;
        }
    }
}
