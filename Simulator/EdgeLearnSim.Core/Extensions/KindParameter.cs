using System.Globalization;

namespace EdgeLearnSim.Core.Extensions;

/// <summary>
/// One parameter of an <see cref="ExtensionKind{TSpec}"/>: its key in a scenario, what it holds and, for numbers, the
/// closed range it must lie in. Optional parameters may be left out; the kind's factory then picks the default.
/// </summary>
public sealed record KindParameter(string Key, ParameterType Type, string Description)
{
    public double Minimum { get; init; } = double.NegativeInfinity;

    /// <summary>True when the value must lie strictly above <see cref="Minimum"/> (a rate &gt; 0).</summary>
    public bool MinimumExcluded { get; init; }

    public double Maximum { get; init; } = double.PositiveInfinity;

    public bool Optional { get; init; }

    /// <summary>The expected value in words, for errors and Scenarios/SCHEMA.md (<c>a number in [0, 1]</c>).</summary>
    public string Expected => Type switch
    {
        ParameterType.Text => "a text",
        ParameterType.File => "a file",
        _ => (double.IsNegativeInfinity(Minimum), double.IsPositiveInfinity(Maximum)) switch
        {
            (true, true) => Noun,
            (false, true) => $"{Noun} {(MinimumExcluded ? ">" : ">=")} {Format(Minimum)}",
            (true, false) => $"{Noun} <= {Format(Maximum)}",
            _ => $"{Noun} in {(MinimumExcluded ? "(" : "[")}{Format(Minimum)}, {Format(Maximum)}]",
        },
    };

    /// <summary>True when <paramref name="value"/> lies in the parameter's range.</summary>
    public bool Admits(double value) => (MinimumExcluded ? value > Minimum : value >= Minimum) && value <= Maximum;

    private string Noun => Type == ParameterType.WholeNumber ? "a whole number" : "a number";

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
