using System.Globalization;
using MathNet.Numerics.Random;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Tests.Robustness;

/// <summary>
/// Shrinks a scenario so that a run takes a moment, and makes seeded random mutants of it: an entry deleted,
/// duplicated, retyped, a key renamed, a value replaced by a hostile one, or the text itself cut, doubled or
/// sprinkled with YAML punctuation.
/// </summary>
internal static class ScenarioMutator
{
    private static readonly string[] HostileValues =
    [
        "-1", "0", "1", "2", ".nan", ".inf", "-.inf", "1e308", "-1e308", "1e-320", "2147483648", "99999999999", "abc", "",
        "~", "null", "true", "0.5", "-0.5", "1.5", "[", "}", "'", "\"", "random", "fully-connected", "fifo", "hold-last",
        "traces/norway_bus_1.txt", "../../../etc/passwd", "/", "0x10", "1_000", "٣", "NaN", "Infinity", "12:30", "2026-11-28",
    ];

    private static readonly string[] KnownKeys =
    [
        "name", "seed", "replications", "instance", "tasks", "edges", "records", "record_bytes", "accuracy_bound",
        "bandwidth_mbps", "accuracy", "min_ratio", "arrivals", "topologies", "schedulers", "sweep", "simulation", "policy",
        "bandwidth_traces", "files", "mode", "scale", "outages", "online_dispatch", "limits", "scheduler_seconds",
        "uniform", "constant", "uniform-int", "normal", "lognormal", "empirical", "from", "to", "step", "instance.tasks",
        "simulation.policy", "instance.edges", "limits.scheduler_seconds", "a", "b", "c", "poisson", "rate_per_second",
        "max_edges_per_device", "single_edge_probability", "one-to-one", "one-to-more", "horizon_seconds",
    ];

    private const string Punctuation = "[]{}:,-#&*!|>'\"%@`\t\n ";

    /// <summary>
    /// The scenario with one replication, 8 tasks on at most 3 edges, its first two schedulers, sweeps cut to two
    /// values, and a scheduler time limit (so the wall-clock path is exercised too).
    /// </summary>
    public static string Shrink(string yaml)
    {
        var root = Parse(yaml)!;
        root.Children[new YamlScalarNode("replications")] = new YamlScalarNode("1");
        var instance = root.Children.TryGetValue(new YamlScalarNode("instance"), out var i) && i is YamlMappingNode m ? m : new YamlMappingNode();
        root.Children[new YamlScalarNode("instance")] = instance;
        instance.Children[new YamlScalarNode("tasks")] = new YamlScalarNode("8");
        instance.Children[new YamlScalarNode("edges")] = new YamlScalarNode("3");
        if (root.Children.TryGetValue(new YamlScalarNode("schedulers"), out var s) && s is YamlSequenceNode schedulers)
        {
            root.Children[new YamlScalarNode("schedulers")] = new YamlSequenceNode(schedulers.Children.Take(2));
        }
        root.Children[new YamlScalarNode("limits")] = new YamlMappingNode(new YamlScalarNode("scheduler_seconds"), new YamlScalarNode("5"));
        // On 3 edges a device can list at most 3.
        if (root.Children.TryGetValue(new YamlScalarNode("topologies"), out var t) && t is YamlSequenceNode topologies)
        {
            var limit = new YamlScalarNode("max_edges_per_device");
            foreach (var parameters in topologies.Children.OfType<YamlMappingNode>().SelectMany(n => n.Children.Values).OfType<YamlMappingNode>())
            {
                if (parameters.Children.ContainsKey(limit))
                {
                    parameters.Children[limit] = new YamlScalarNode("3");
                }
            }
        }
        if (root.Children.TryGetValue(new YamlScalarNode("sweep"), out var w) && w is YamlMappingNode sweep)
        {
            foreach (var key in sweep.Children.Keys.ToList())
            {
                sweep.Children[key] = sweep.Children[key] switch
                {
                    YamlSequenceNode list => new YamlSequenceNode(list.Children.Take(2)),
                    YamlMappingNode range when range.Children.TryGetValue(new YamlScalarNode("from"), out var from)
                        && range.Children.TryGetValue(new YamlScalarNode("step"), out var step) =>
                        new YamlMappingNode(
                            new YamlScalarNode("from"), from,
                            new YamlScalarNode("to"), new YamlScalarNode(Sum(from, step)),
                            new YamlScalarNode("step"), step),
                    var other => other,
                };
            }
            // A tasks sweep would undo the shrink; its values stay small.
            if (sweep.Children.ContainsKey(new YamlScalarNode("instance.tasks")))
            {
                sweep.Children[new YamlScalarNode("instance.tasks")] = new YamlSequenceNode(new YamlScalarNode("6"), new YamlScalarNode("10"));
            }
        }
        return Save(root);
    }

    /// <summary>One to three random mutations of <paramref name="yaml"/>.</summary>
    public static string Mutate(string yaml, Xoshiro256StarStar random)
    {
        var count = 1 + random.Next(3);
        for (var k = 0; k < count; k++)
        {
            yaml = random.Next(5) == 0 ? MutateText(yaml, random) : MutateTree(yaml, random);
        }
        return yaml;
    }

    private static string MutateTree(string yaml, Xoshiro256StarStar random)
    {
        YamlMappingNode? root;
        try
        {
            root = Parse(yaml);
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException or ArgumentException)
        {
            return MutateText(yaml, random);
        }
        if (root is null)
        {
            return MutateText(yaml, random);
        }
        var slots = new List<(YamlNode Parent, YamlNode Key)>();
        Collect(root, slots);
        if (slots.Count == 0)
        {
            return MutateText(yaml, random);
        }
        var (parent, key) = slots[random.Next(slots.Count)];
        switch (parent)
        {
            case YamlMappingNode map:
                var value = map.Children[key];
                switch (random.Next(5))
                {
                    case 0:
                        map.Children.Remove(key);
                        break;
                    case 1:
                        map.Children.Remove(key);
                        map.Children[new YamlScalarNode(RenameKey(((YamlScalarNode)key).Value ?? "", random))] = value;
                        break;
                    case 2:
                        map.Children[key] = Retype(value, random);
                        break;
                    default:
                        map.Children[key] = Perturb(value, random);
                        break;
                }
                break;
            case YamlSequenceNode list:
                var index = int.Parse(((YamlScalarNode)key).Value!, CultureInfo.InvariantCulture);
                switch (random.Next(4))
                {
                    case 0:
                        list.Children.RemoveAt(index);
                        break;
                    case 1:
                        list.Children.Insert(index, list.Children[index]);
                        break;
                    case 2:
                        list.Children[index] = Retype(list.Children[index], random);
                        break;
                    default:
                        list.Children[index] = Perturb(list.Children[index], random);
                        break;
                }
                break;
        }
        return Save(root);
    }

    private static string MutateText(string yaml, Xoshiro256StarStar random)
    {
        var lines = yaml.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(line);
                break;
            case 1:
                lines.Insert(line, lines[line]);
                break;
            case 2 when lines[line].Length > 0:
                lines[line] = lines[line].Remove(random.Next(lines[line].Length), 1);
                break;
            default:
                var at = random.Next(lines[line].Length + 1);
                lines[line] = lines[line].Insert(at, Punctuation[random.Next(Punctuation.Length)].ToString());
                break;
        }
        return string.Join('\n', lines);
    }

    private static void Collect(YamlNode node, List<(YamlNode Parent, YamlNode Key)> slots)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    slots.Add((map, key));
                    Collect(value, slots);
                }
                break;
            case YamlSequenceNode list:
                for (var k = 0; k < list.Children.Count; k++)
                {
                    slots.Add((list, new YamlScalarNode(k.ToString(CultureInfo.InvariantCulture))));
                    Collect(list.Children[k], slots);
                }
                break;
        }
    }

    private static YamlNode Retype(YamlNode node, Xoshiro256StarStar random) => node switch
    {
        YamlScalarNode scalar => random.Next(2) == 0 ? new YamlSequenceNode(scalar) : new YamlMappingNode(scalar, new YamlScalarNode("1")),
        YamlSequenceNode list => random.Next(2) == 0 ? new YamlScalarNode("1") : new YamlMappingNode(new YamlScalarNode("x"), list),
        _ => random.Next(2) == 0 ? new YamlScalarNode("text") : new YamlSequenceNode(node),
    };

    private static YamlScalarNode Perturb(YamlNode node, Xoshiro256StarStar random)
    {
        if (node is not YamlScalarNode { Value: var text } || random.Next(3) == 0)
        {
            return new YamlScalarNode(HostileValues[random.Next(HostileValues.Length)]);
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            var factor = new[] { -1, 0, 0.5, 2, 1e-9, 1.0000001 }[random.Next(6)];
            return new YamlScalarNode((value * factor).ToString("R", CultureInfo.InvariantCulture));
        }
        return new YamlScalarNode(RenameKey(text ?? "", random));
    }

    private static string RenameKey(string key, Xoshiro256StarStar random) => random.Next(4) switch
    {
        0 => KnownKeys[random.Next(KnownKeys.Length)],
        1 when key.Length > 0 => key.Remove(random.Next(key.Length), 1),
        2 => key.ToUpperInvariant(),
        _ => key + "x",
    };

    private static string Sum(YamlNode from, YamlNode step) =>
        double.TryParse((from as YamlScalarNode)?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var f)
        && double.TryParse((step as YamlScalarNode)?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
            ? (f + s).ToString("R", CultureInfo.InvariantCulture)
            : "0";

    private static YamlMappingNode? Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
    }

    private static string Save(YamlNode root)
    {
        var stream = new YamlStream(new YamlDocument(root));
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
