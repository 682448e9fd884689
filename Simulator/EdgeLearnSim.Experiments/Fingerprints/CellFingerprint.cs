namespace EdgeLearnSim.Experiments.Fingerprints;

/// <summary>
/// What a stored cell's rows were computed from, as named parts with their digests (<c>cell</c>, one part per
/// scenario setting, one per scheduler, <c>bounds</c>, <c>tool</c>, and <c>file PATH</c> for every file read). Two cells
/// match when every part does; <see cref="Changes"/> names the parts that differ, which is how a resumed run says why
/// it recomputes a cell.
/// </summary>
public sealed class CellFingerprint
{
    private const char PartSeparator = '\u001f';

    private readonly SortedDictionary<string, string> parts;

    public CellFingerprint(IEnumerable<KeyValuePair<string, string>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        this.parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, digest) in parts)
        {
            this.parts[name] = digest;
        }
    }

    /// <summary>The parts by name.</summary>
    public IReadOnlyDictionary<string, string> Parts => this.parts;

    /// <summary>The stored form: <c>name=digest</c> parts in name order.</summary>
    public string Text => string.Join(PartSeparator, this.parts.Select(p => $"{p.Key}={p.Value}"));

    /// <summary>Reads <see cref="Text"/> back; text in another form gives a fingerprint with one unmatched part.</summary>
    public static CellFingerprint Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new CellFingerprint(text.Split(PartSeparator).Select(part => part.LastIndexOf('=') is var at and > 0
            ? new KeyValuePair<string, string>(part[..at], part[(at + 1)..])
            : new KeyValuePair<string, string>("format", part)));
    }

    /// <summary>The names of the parts that differ from <paramref name="stored"/> (added, removed or changed), in name order.</summary>
    public IReadOnlyList<string> Changes(CellFingerprint stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return [.. this.parts.Keys.Union(stored.parts.Keys, StringComparer.Ordinal)
            .Where(name => !(this.parts.TryGetValue(name, out var mine) && stored.parts.TryGetValue(name, out var theirs) && mine == theirs))
            .Order(StringComparer.Ordinal)];
    }

    public bool Matches(CellFingerprint stored) => Changes(stored).Count == 0;
}
