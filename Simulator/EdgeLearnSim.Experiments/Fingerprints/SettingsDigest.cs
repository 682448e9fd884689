using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace EdgeLearnSim.Experiments.Fingerprints;

/// <summary>
/// A digest of a settings object graph, derived by walking it rather than from a hand-written list of its fields, so
/// a setting added later is covered without anyone remembering to: every public readable property (by name, in
/// ordinal order), recursively; sequences in order, dictionaries by key. A string that names an existing file
/// contributes that file's content instead of its name (moving a file changes nothing; editing it changes the
/// digest), and the file is reported in <see cref="Files"/>. Spans, which reflection cannot read, are skipped: types
/// that hold data only there also name its file.
/// </summary>
public sealed class SettingsDigest
{
    private const int MaxDepth = 64;

    private readonly StringBuilder _text = new();
    private readonly HashSet<object> _visiting = new(ReferenceEqualityComparer.Instance);
    private readonly SortedSet<string> _files = new(StringComparer.Ordinal);
    private readonly Func<string, string> _fileHash;

    private SettingsDigest(Func<string, string> fileHash) => _fileHash = fileHash;

    /// <summary>The hex digest (64 bits of SHA-256) of the walked graph.</summary>
    public string Digest { get; private set; } = "";

    /// <summary>The full paths of the existing files the graph names.</summary>
    public IReadOnlyCollection<string> Files => _files;

    /// <summary>Walks <paramref name="value"/>; <paramref name="fileHash"/> gives a file's content hash from its full path.</summary>
    public static SettingsDigest Of(object? value, Func<string, string> fileHash)
    {
        ArgumentNullException.ThrowIfNull(fileHash);
        var digest = new SettingsDigest(fileHash);
        digest.Walk(value, 0);
        digest.Digest = HashOf(Encoding.UTF8.GetBytes(digest._text.ToString()));
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
                _text.Append('∅');
                return;
            case string text:
                WalkString(text);
                return;
            case double number:
                _text.Append(number.ToString("R", CultureInfo.InvariantCulture));
                return;
            case float number:
                _text.Append(number.ToString("R", CultureInfo.InvariantCulture));
                return;
            case TimeSpan span:
                _text.Append(span.Ticks.ToString(CultureInfo.InvariantCulture));
                return;
            case Delegate function:
                _text.Append(function.Method.DeclaringType?.FullName).Append('.').Append(function.Method.Name);
                return;
        }
        if (value is Enum or decimal || value.GetType().IsPrimitive)
        {
            _text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
            return;
        }
        if (!_visiting.Add(value))
        {
            _text.Append('↺');
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
                    _text.Append('{');
                    foreach (var (key, item) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                    {
                        WalkString(key);
                        _text.Append(':');
                        Walk(item, depth + 1);
                        _text.Append(',');
                    }
                    _text.Append('}');
                    return;
                case IEnumerable sequence:
                    _text.Append('[');
                    foreach (var item in sequence)
                    {
                        Walk(item, depth + 1);
                        _text.Append(',');
                    }
                    _text.Append(']');
                    return;
            }
            var type = value.GetType();
            _text.Append(type.FullName).Append('(');
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !p.PropertyType.IsByRefLike && p.Name != "EqualityContract")
                .OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                _text.Append(property.Name).Append('=');
                Walk(property.GetValue(value), depth + 1);
                _text.Append(';');
            }
            _text.Append(')');
        }
        finally
        {
            _visiting.Remove(value);
        }
    }

    private void WalkString(string text)
    {
        if (text.Length > 0 && !text.Contains('\n', StringComparison.Ordinal) && File.Exists(text))
        {
            var full = Path.GetFullPath(text);
            _files.Add(full);
            _text.Append("file:").Append(_fileHash(full));
            return;
        }
        _text.Append('"').Append(text.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
    }
}
