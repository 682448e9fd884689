namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// The typed value of one run column: text, a whole number, a real (which may be absent) or a flag, as
/// <see cref="Kind"/> says. Rows keep values typed from computation to the writers; only
/// <see cref="RunColumn.Format"/> turns one into text and only <see cref="RunColumn.TryParse"/> (the results store's
/// reader) turns text back into one.
/// </summary>
public readonly record struct RunValue
{
    private readonly string? text;
    private readonly Int128 whole;
    private readonly double real;
    private readonly bool present;

    private RunValue(ColumnKind kind, string? text = null, Int128 whole = default, double real = 0, bool present = true)
    {
        Kind = kind;
        this.text = text;
        this.whole = whole;
        this.real = real;
        this.present = present;
    }

    public ColumnKind Kind { get; }

    /// <summary>A real that has no value for this run (written as an empty field), distinct from NaN.</summary>
    public static RunValue AbsentReal { get; } = new(ColumnKind.Real, present: false);

    public static RunValue OfText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(ColumnKind.Text, text: value);
    }

    public static RunValue OfWhole(Int128 value) => new(ColumnKind.Whole, whole: value);

    public static RunValue OfReal(double value) => new(ColumnKind.Real, real: value);

    public static RunValue OfFlag(bool value) => new(ColumnKind.Flag, whole: value ? 1 : 0);

    /// <summary>The text of a text value.</summary>
    public string Text => Kind == ColumnKind.Text ? text! : throw Mismatch(ColumnKind.Text);

    /// <summary>The number of a whole value.</summary>
    public Int128 Whole => Kind == ColumnKind.Whole ? whole : throw Mismatch(ColumnKind.Whole);

    /// <summary>The number of a real value, or null when it is absent.</summary>
    public double? Real => Kind == ColumnKind.Real ? (present ? real : null) : throw Mismatch(ColumnKind.Real);

    public bool Flag => Kind == ColumnKind.Flag ? whole != 0 : throw Mismatch(ColumnKind.Flag);

    /// <summary>Any non-text value as a double (a flag is 1 or 0, an absent real NaN), for summaries and figures.</summary>
    public double Number => Kind switch
    {
        ColumnKind.Whole or ColumnKind.Flag => (double)whole,
        ColumnKind.Real => present ? real : double.NaN,
        _ => throw new InvalidOperationException("A text value is not a number."),
    };

    private InvalidOperationException Mismatch(ColumnKind wanted) => new($"A {Kind} value is not a {wanted} value.");
}
