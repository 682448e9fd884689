using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// A YAML mapping at a dotted path, read key by key. A sweep override for <c>path.key</c> replaces the file's
/// value; keys nobody asked for are reported as unknown, listing the known ones.
/// </summary>
internal sealed class YamlSection
{
    private readonly ScenarioReadContext context;
    private readonly YamlMappingNode? node;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    private YamlSection(ScenarioReadContext context, string path, YamlMappingNode? node, Mark mark)
    {
        this.context = context;
        this.node = node;
        Path = path;
        Mark = mark;
    }

    public string Path { get; }

    public Mark Mark { get; }

    /// <summary>
    /// The section for <paramref name="value"/> (null when absent: every key then takes its default or override),
    /// or null after reporting a problem when the value is not a mapping.
    /// </summary>
    public static YamlSection? Open(ScenarioReadContext context, string path, YamlNode? value, Mark parentMark)
    {
        if (value is null)
        {
            return new YamlSection(context, path, null, parentMark);
        }
        if (value is YamlMappingNode mapping)
        {
            return new YamlSection(context, path, mapping, context.Mark(mapping));
        }
        if (value is YamlScalarNode { Value: "" or null })
        {
            return new YamlSection(context, path, null, context.Mark(value));
        }
        context.Problem(value, $"expected a mapping for '{path}', found {ScenarioReadContext.Describe(value)}");
        return null;
    }

    /// <summary>The value of <paramref name="key"/>: the sweep override if any, else the file's, else null.</summary>
    public YamlNode? Get(string key)
    {
        known.Add(key);
        var full = Child(key);
        if (context.Overrides.TryGetValue(full, out var overridden))
        {
            context.ConsumedOverrides.Add(full);
            return overridden;
        }
        if (node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return value is YamlScalarNode { Value: "" or null, Style: ScalarStyle.Plain } ? null : value;
        }
        return null;
    }

    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>Reports every key of the file's mapping that no <see cref="Get"/> asked for.</summary>
    public void RejectUnknownKeys()
    {
        if (node is null)
        {
            return;
        }
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                var where = Path.Length == 0 ? "at the top level" : $"in '{Path}'";
                context.Problem(key, $"unknown key '{name}' {where}; expected one of: {string.Join(", ", known)}");
            }
        }
    }

    /// <summary>The single key of a one-key mapping such as <c>{uniform: [1, 2]}</c>, with its value.</summary>
    public static (string Key, YamlNode Value, YamlNode KeyNode)? SingleEntry(ScenarioReadContext context, YamlMappingNode mapping, string what)
    {
        if (mapping.Children.Count != 1)
        {
            context.Problem(mapping, $"expected {what} as a mapping with exactly one key, found {mapping.Children.Count} keys");
            return null;
        }
        var (key, value) = mapping.Children.First();
        return ((key as YamlScalarNode)?.Value ?? "", value, key);
    }
}
