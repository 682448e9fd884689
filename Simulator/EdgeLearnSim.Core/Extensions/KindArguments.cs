namespace EdgeLearnSim.Core.Extensions;

/// <summary>
/// The parameter values a scenario gave one entry of an extension kind, already checked against their
/// <see cref="KindParameter"/>s: numbers as doubles, text and files as strings; a left-out optional parameter is absent.
/// </summary>
public sealed class KindArguments(IReadOnlyDictionary<string, object> values)
{
    /// <summary>No values: every optional parameter at its default.</summary>
    public static KindArguments None { get; } = new(new Dictionary<string, object>());

    public bool Has(string key) => values.ContainsKey(key);

    /// <summary>The number given for <paramref name="key"/>, or null when it was left out.</summary>
    public double? NumberOrNull(string key) => values.TryGetValue(key, out var value) ? (double)value : null;

    /// <summary>The number given for <paramref name="key"/>, or <paramref name="fallback"/> when it was left out.</summary>
    public double Number(string key, double fallback) => NumberOrNull(key) ?? fallback;

    /// <summary>The number given for a required <paramref name="key"/>.</summary>
    public double Number(string key) => NumberOrNull(key) ?? throw new KeyNotFoundException($"No value for '{key}'.");

    /// <summary>The text or file path given for a required <paramref name="key"/>.</summary>
    public string Text(string key) => values.TryGetValue(key, out var value) ? (string)value : throw new KeyNotFoundException($"No value for '{key}'.");
}
