using System.Globalization;
using System.Text;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Simulation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Reads and validates a scenario YAML file (schema in the README). Every problem found is returned at once,
/// each located at <c>file:line:column</c>. Sweep values are checked by reading every sweep point.
/// </summary>
public static class ScenarioReader
{
    private static readonly string[] FixedPaths = ["name", "description", "seed", "replications", "topologies", "schedulers", "sweep", "bounds", "compare_with", "reference"];

    /// <summary>What <c>compare_with:</c> accepts: the published results a report can be set beside.</summary>
    public static IReadOnlyList<string> Comparisons { get; } = ["paper"];

    /// <summary>The base seed when a scenario names none.</summary>
    public const ulong DefaultSeed = 20_240_601;

    /// <param name="path">The scenario file.</param>
    /// <param name="registry">The schedulers its names resolve against.</param>
    /// <param name="kinds">The topologies, distributions and bounds its other names resolve against (the toolkit's); when null, the built-in topologies and distributions and no bounds.</param>
    public static ScenarioLoadResult Load(string path, SchedulerRegistry registry, ScenarioKinds? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(registry);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            return new ScenarioLoadResult(null, [new InvalidInputException(path, "scenario file not found")]);
        }
        var folder = Path.GetDirectoryName(fullPath)!;
        var context = new ScenarioReadContext(path, folder, FindRepositoryRoot(folder), kinds ?? ScenarioKinds.BuiltIn);
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(fullPath, Encoding.UTF8))
            {
                stream.Load(reader);
            }
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var problem = e.InnerException?.Message ?? e.Message;
            context.Problem(e.Start, $"malformed YAML: {FirstLine(problem)}");
            return new ScenarioLoadResult(null, context.Problems);
        }
        catch (ArgumentException)
        {
            // YamlDotNet's representation model throws this for some event sequences its parser accepts (e.g. ' : key:').
            context.Problem(LastParsedMark(fullPath), "malformed YAML: a key or value where none was expected");
            return new ScenarioLoadResult(null, context.Problems);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException when a flow collection is cut off by the end of the file.
            var lines = File.ReadAllLines(fullPath);
            context.Problem(new Mark(0, lines.Length + 1, 1), "malformed YAML: unexpected end of file (an unclosed '[' or '{'?)");
            return new ScenarioLoadResult(null, context.Problems);
        }
        if (root is not YamlMappingNode mapping)
        {
            context.Problem(root?.Start ?? Mark.Empty, "expected a mapping with keys such as name, instance, schedulers");
            return new ScenarioLoadResult(null, context.Problems);
        }
        var scenario = Read(context, mapping, fullPath, registry);
        if (context.Problems.Count == 0)
        {
            ScenarioPreflight.Check(context, scenario, registry);
        }
        return new ScenarioLoadResult(context.Problems.Count == 0 ? scenario : null, context.Problems);
    }

    private static Scenario Read(ScenarioReadContext context, YamlMappingNode mapping, string fullPath, SchedulerRegistry registry)
    {
        var top = YamlSection.Open(context, "", mapping, mapping.Start)!;
        var name = top.Get("name") is { } nameNode ? context.Scalar(nameNode, "a scenario name") : null;
        if (name is not null && !IsSafeName(name))
        {
            context.Problem(top.Get("name")!, $"scenario name '{name}' must be letters, digits, '-', '_' or '.' (it names the output folder)");
        }
        name ??= Path.GetFileNameWithoutExtension(fullPath);
        var description = top.Get("description") is { } d ? context.Scalar(d, "a description") : null;
        var seed = top.Get("seed") is { } seedNode ? ReadSeed(context, seedNode) : DefaultSeed;
        var replications = top.Get("replications") is { } r ? context.Int(r, "a number of replications", 1) ?? 1 : 1;
        var topologies = TopologyListReader.Read(context, top.Get("topologies"));
        var schedulers = SchedulerListReader.Read(context, top.Get("schedulers"), mapping.Start, registry);
        var axes = ReadSweep(context, top.Get("sweep"));
        var bounds = top.Get("bounds") is { } b ? ReadBounds(context, b) : null;
        var compareWith = top.Get("compare_with") is { } c ? context.Choice(c, "a published result to compare with", [.. Comparisons]) : null;
        var reference = top.Get("reference") is { } referenceNode ? context.Scalar(referenceNode, "a scheduler label") : null;
        if (reference is not null && schedulers.All(s => s.Label != reference))
        {
            context.Problem(top.Get("reference")!, $"reference '{reference}' is not one of the scenario's schedulers ({string.Join(", ", schedulers.Select(s => s.Label))})");
        }
        var instanceNode = top.Get("instance");
        var simulationNode = top.Get("simulation");
        var limitsNode = top.Get("limits");
        top.RejectUnknownKeys();

        var points = new List<SweepPoint>();
        foreach (var combination in Grid(axes))
        {
            context.Overrides = axes.Select((axis, k) => (axis.Path, Value: axis.Values[combination[k]]))
                .ToDictionary(p => p.Path, p => p.Value, StringComparer.Ordinal);
            var settings = ReadSettings(context, top, instanceNode, simulationNode, limitsNode);
            var values = axes.Select((axis, k) => Canonical(axis.Values[combination[k]])).ToArray();
            points.Add(new SweepPoint(points.Count, values, settings));
        }
        foreach (var axis in axes.Where(a => !context.ConsumedOverrides.Contains(a.Path)))
        {
            context.Problem(axis.KeyNode, $"sweep path '{axis.Path}' names no scenario parameter (paths look like instance.tasks or simulation.policy)");
        }
        return new Scenario
        {
            Name = name,
            Description = description,
            SourcePath = fullPath,
            Seed = seed,
            Replications = replications,
            Topologies = topologies,
            Schedulers = schedulers,
            Sweep = axes.Select(a => new SweepAxis(a.Path, a.Values.Select(Canonical).ToArray())).ToArray(),
            Points = points,
            Reference = reference ?? Scenario.DefaultReference,
            CompareWith = compareWith,
            Bounds = bounds,
        };
    }

    private static string[] ReadBounds(ScenarioReadContext context, YamlNode node)
    {
        var items = node is YamlSequenceNode list && list.Children.Count > 0 ? list.Children : (IList<YamlNode>)[node];
        var names = new List<string>();
        foreach (var item in items)
        {
            if (context.Scalar(item, "a bound name") is not { } name)
            {
                continue;
            }
            if (context.Kinds.Bounds.All.Count == 0)
            {
                context.Problem(item, $"unknown bound '{name}'; this tool offers none");
                continue;
            }
            try
            {
                names.Add(context.Kinds.Bounds.Find(name).Name);
            }
            catch (UnknownNameException e)
            {
                context.Problem(item, e.Message);
            }
        }
        return [.. names];
    }

    private static ScenarioSettings ReadSettings(ScenarioReadContext context, YamlSection top, YamlNode? instanceNode, YamlNode? simulationNode, YamlNode? limitsNode)
    {
        var instanceSection = YamlSection.Open(context, "instance", instanceNode, top.Mark);
        var simulationSection = YamlSection.Open(context, "simulation", simulationNode, top.Mark);
        var limitsSection = YamlSection.Open(context, "limits", limitsNode, top.Mark);
        TimeSpan? limit = null;
        if (limitsSection is not null)
        {
            if (limitsSection.Get("scheduler_seconds") is { } seconds && context.Number(seconds, "a time limit in (0, 1e9] seconds", v => v is > 0 and <= 1e9) is { } s)
            {
                limit = TimeSpan.FromSeconds(s);
            }
            limitsSection.RejectUnknownKeys();
        }
        var instance = instanceSection is null ? new InstanceSpec() : InstanceSectionReader.Read(context, instanceSection);
        var (simulation, online, external) = simulationSection is null
            ? (new SimulationSettings(), [], [])
            : SimulationSectionReader.Read(context, simulationSection);
        return new ScenarioSettings
        {
            Instance = instance,
            Simulation = simulation,
            OnlineDispatch = online,
            ExternalDispatch = external,
            SchedulerTimeLimit = limit,
        };
    }

    private sealed record RawAxis(string Path, YamlNode KeyNode, IReadOnlyList<YamlNode> Values);

    private static List<RawAxis> ReadSweep(ScenarioReadContext context, YamlNode? node)
    {
        var axes = new List<RawAxis>();
        if (node is null)
        {
            return axes;
        }
        if (node is not YamlMappingNode mapping)
        {
            context.Problem(node, "expected 'sweep' as a mapping from parameter paths to values, e.g. instance.tasks: {from: 100, to: 600, step: 100}");
            return axes;
        }
        foreach (var (keyNode, value) in mapping.Children)
        {
            var path = (keyNode as YamlScalarNode)?.Value ?? "";
            if (FixedPaths.Any(f => path == f || path.StartsWith(f + ".", StringComparison.Ordinal)))
            {
                context.Problem(keyNode, $"'{path}' cannot be swept; sweep paths lie under instance, simulation or limits");
                continue;
            }
            var values = value switch
            {
                YamlSequenceNode list when list.Children.Count > 0 => list.Children.ToArray(),
                YamlMappingNode range => Range(context, range, path),
                _ => null,
            };
            if (values is null)
            {
                context.Problem(value, $"expected a non-empty list of values or {{from, to, step}} for sweep '{path}'");
                continue;
            }
            if (values.GroupBy(Canonical, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            {
                // Two equal points would be two cells with one id and one seed.
                context.Problem(repeated.Last(), $"sweep '{path}' lists the value '{repeated.Key}' more than once");
                continue;
            }
            axes.Add(new RawAxis(path, keyNode, values));
        }
        return axes;
    }

    private static YamlNode[]? Range(ScenarioReadContext context, YamlMappingNode range, string path)
    {
        var section = YamlSection.Open(context, $"sweep.{path}", range, range.Start)!;
        var from = section.Get("from") is { } f ? context.Double(f, "a number for 'from'") : null;
        var to = section.Get("to") is { } t ? context.Double(t, "a number for 'to'") : null;
        var step = section.Get("step") is { } s ? context.Number(s, "a step > 0", v => v > 0) : null;
        section.RejectUnknownKeys();
        if (from is null || to is null || step is null)
        {
            context.Problem(range, $"expected numbers 'from', 'to' and 'step' for sweep '{path}'");
            return null;
        }
        if (from > to)
        {
            context.Problem(range, $"expected from <= to for sweep '{path}'");
            return null;
        }
        var count = (long)Math.Floor(((to.Value - from.Value) / step.Value) + 1e-9) + 1;
        if (count > 100_000)
        {
            context.Problem(range, $"sweep '{path}' would have {count} values; at most 100000");
            return null;
        }
        var whole = new[] { from.Value, step.Value }.All(v => v == Math.Floor(v) && Math.Abs(v) < 1e15);
        var values = new YamlNode[count];
        for (var k = 0; k < count; k++)
        {
            var value = from.Value + (k * step.Value);
            var text = whole ? ((long)value).ToString(CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
            values[k] = new YamlScalarNode(text);
            context.SetOrigin(values[k], range.Start);
        }
        return values;
    }

    private static IEnumerable<int[]> Grid(IReadOnlyList<RawAxis> axes)
    {
        var index = new int[axes.Count];
        while (true)
        {
            yield return (int[])index.Clone();
            var k = axes.Count - 1;
            while (k >= 0 && ++index[k] == axes[k].Values.Count)
            {
                index[k] = 0;
                k--;
            }
            if (k < 0)
            {
                yield break;
            }
        }
    }

    private static ulong ReadSeed(ScenarioReadContext context, YamlNode node)
    {
        var text = context.Scalar(node, "a seed (a whole number >= 0)");
        if (text is not null && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }
        if (text is not null)
        {
            context.Problem(node, $"expected a seed (a whole number >= 0), found '{text}'");
        }
        return DefaultSeed;
    }

    /// <summary>A value's canonical one-line text: scalars as written, lists and mappings in flow style.</summary>
    internal static string Canonical(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value ?? "",
        YamlSequenceNode list => $"[{string.Join(", ", list.Children.Select(Canonical))}]",
        YamlMappingNode map => $"{{{string.Join(", ", map.Children.Select(e => $"{Canonical(e.Key)}: {Canonical(e.Value)}"))}}}",
        _ => "",
    };

    private static bool IsSafeName(string name) =>
        name.Length > 0 && name[0] != '.' && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>Where the last YAML event the parser accepted ends: the place a later failure is nearest to.</summary>
    private static Mark LastParsedMark(string fullPath)
    {
        using var reader = new StreamReader(fullPath, Encoding.UTF8);
        var parser = new Parser(reader);
        var mark = new Mark(0, 1, 1);
        try
        {
            while (parser.MoveNext())
            {
                mark = parser.Current!.End;
            }
        }
        catch (YamlException e)
        {
            return e.Start;
        }
        return mark;
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static string? FindRepositoryRoot(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EdgeLearnSim.sln")))
            {
                return dir.FullName;
            }
        }
        var current = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(current, "EdgeLearnSim.sln")) ? current : null;
    }
}
