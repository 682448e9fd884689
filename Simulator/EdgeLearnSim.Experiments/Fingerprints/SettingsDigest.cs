using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Experiments.Fingerprints;

/// <summary>
/// A digest of a settings object graph, derived by walking it rather than from a hand-written list of its fields, so
/// a setting added later is covered without anyone remembering to: every public readable property (by name, in
/// ordinal order), recursively; sequences in order, dictionaries by key. A string that names an existing file
/// contributes that file's content instead of its name (moving a file changes nothing; editing it changes the
/// digest), and the file is reported in <see cref="Files"/>. Spans, which reflection cannot read, are skipped: types
/// that hold data only there also name its file. A registry entry contributes its name.
/// </summary>
public sealed class SettingsDigest
{
    private const int MaxDepth = 64;

    private readonly StringBuilder text = new();
    private readonly HashSet<object> visiting = new(ReferenceEqualityComparer.Instance);
    private readonly SortedSet<string> files = new(StringComparer.Ordinal);
    private readonly Func<string, string> fileHash;

    private SettingsDigest(Func<string, string> fileHash) => this.fileHash = fileHash;

    /// <summary>The hex digest (64 bits of SHA-256) of the walked graph.</summary>
    public string Digest { get; private set; } = "";

    /// <summary>The full paths of the existing files the graph names.</summary>
    public IReadOnlyCollection<string> Files => this.files;

    /// <summary>Walks <paramref name="value"/>; <paramref name="fileHash"/> gives a file's content hash from its full path.</summary>
    public static SettingsDigest Of(object? value, Func<string, string> fileHash)
    {
        ArgumentNullException.ThrowIfNull(fileHash);
        var digest = new SettingsDigest(fileHash);
        digest.Walk(value, 0);
        digest.Digest = HashOf(Encoding.UTF8.GetBytes(digest.text.ToString()));
        return digest;
    }

    /// <summary>The first 16 hex digits of the SHA-256 of <paramref name="bytes"/>.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];

    private void Walk(object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"Settings nest deeper than {MaxDepth} levels; a cycle the digest cannot follow?");
        }
        switch (value)
        {
            case null:
                this.text.Append('∅');
                return;
            case string text:
                WalkString(text);
                return;
            case double number:
                this.text.Append(number.ToString("R", CultureInfo.InvariantCulture));
                return;
            case float number:
                this.text.Append(number.ToString("R", CultureInfo.InvariantCulture));
                return;
            case TimeSpan span:
                this.text.Append(span.Ticks.ToString(CultureInfo.InvariantCulture));
                return;
            case Delegate function:
                this.text.Append(function.Method.DeclaringType?.FullName).Append('.').Append(function.Method.Name);
                return;
            case IRegistryEntry entry:
                // A registered entry (an uplink or dispatch policy) is what its name selects; its code is the tool's.
                this.text.Append("entry:").Append(entry.Name);
                return;
        }
        if (value is Enum or decimal || value.GetType().IsPrimitive)
        {
            this.text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
            return;
        }
        if (!visiting.Add(value))
        {
            this.text.Append('↺');
            return;
        }
        try
        {
            switch (value)
            {
                case IDictionary dictionary:
                    var entries = new List<(string Key, object? Value)>();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        entries.Add((Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", entry.Value));
                    }
                    this.text.Append('{');
                    foreach (var (key, item) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                    {
                        WalkString(key);
                        this.text.Append(':');
                        Walk(item, depth + 1);
                        this.text.Append(',');
                    }
                    this.text.Append('}');
                    return;
                case IEnumerable sequence:
                    this.text.Append('[');
                    foreach (var item in sequence)
                    {
                        Walk(item, depth + 1);
                        this.text.Append(',');
                    }
                    this.text.Append(']');
                    return;
            }
            var type = value.GetType();
            this.text.Append(type.FullName).Append('(');
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !p.PropertyType.IsByRefLike && p.Name != "EqualityContract")
                .OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                this.text.Append(property.Name).Append('=');
                Walk(property.GetValue(value), depth + 1);
                this.text.Append(';');
            }
            this.text.Append(')');
        }
        finally
        {
            visiting.Remove(value);
        }
    }

    private void WalkString(string text)
    {
        if (text.Length > 0 && !text.Contains('\n', StringComparison.Ordinal) && File.Exists(text))
        {
            var full = Path.GetFullPath(text);
            this.files.Add(full);
            this.text.Append("file:").Append(this.fileHash(full));
            return;
        }
        this.text.Append('"').Append(text.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
    }
}
