using System.Globalization;
using EdgeLearnSim.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// State shared while one scenario file is read: the file name for error locations, every problem found so far
/// (deduplicated, in order), the registries its names resolve against, the sweep overrides of the point being read, and typed scalar readers.
/// </summary>
internal sealed class ScenarioReadContext(string file, string folder, string? repositoryRoot, ScenarioKinds kinds)
{
    private readonly List<InvalidInputException> problems = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Dictionary<YamlNode, Mark> generatedOrigins = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, object?> loaded = new(StringComparer.Ordinal);

    public string File { get; } = file;

    /// <summary>The registries the scenario's topology, distribution and bound names resolve against.</summary>
    public ScenarioKinds Kinds { get; } = kinds;

    /// <summary>The scenario file's folder, which relative paths in it resolve against.</summary>
    public string Folder => folder;

    public IReadOnlyList<InvalidInputException> Problems => problems;

    /// <summary>Sweep values replacing the file's value at a dotted path, for the point being read.</summary>
    public IReadOnlyDictionary<string, YamlNode> Overrides { get; set; } = new Dictionary<string, YamlNode>();

    /// <summary>Override paths some reader asked for; the rest name no parameter.</summary>
    public HashSet<string> ConsumedOverrides { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Loads a trace file once per scenario (sweep points share it); a file that does not load is reported as a
    /// problem and gives null.
    /// </summary>
    public T? Loaded<T>(string path, Func<string, T> load)
        where T : class
    {
        if (!loaded.TryGetValue(path, out var value))
        {
            try
            {
                value = load(path);
            }
            catch (InvalidInputException e)
            {
                Add(e);
            }
            loaded[path] = value;
        }
        return value as T;
    }

    public void Problem(YamlNode node, string problem) => Problem(Mark(node), problem);

    public void Problem(Mark mark, string problem) =>
        Add(new InvalidInputException(InvalidInputException.At(File, mark.Line, mark.Column), problem));

    public void Add(InvalidInputException problem)
    {
        if (seen.Add(problem.Message))
        {
            problems.Add(problem);
        }
    }

    /// <summary>Gives a node made from a sweep range the position of the range in the file.</summary>
    public void SetOrigin(YamlNode generated, Mark origin) => generatedOrigins[generated] = origin;

    public Mark Mark(YamlNode node) => generatedOrigins.TryGetValue(node, out var origin) ? origin : node.Start;

    public string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar && scalar.Value is not null)
        {
            return scalar.Value;
        }
        Problem(node, $"expected {what}, found {Describe(node)}");
        return null;
    }

    public double? Double(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        if (text is null)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }
        Problem(node, $"expected {what}, found '{text}'");
        return null;
    }

    public long? Long(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        if (text is null)
        {
            return null;
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value == Math.Floor(value) && Math.Abs(value) < 9e15)
        {
            return (long)value;
        }
        Problem(node, $"expected {what}, found '{text}'");
        return null;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int? Int(YamlNode node, string what, long min, long max = int.MaxValue)
    {
        var value = Long(node, what);
        if (value is null)
        {
            return null;
        }
        if (value < min || value > max)
        {
            Problem(node, $"expected {what} in {min}..{max}, found {value.Value.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return (int)value.Value;
    }

    /// <summary>A finite number with <paramref name="check"/> true, else a problem saying <paramref name="what"/>.</summary>
    public double? Number(YamlNode node, string what, Func<double, bool> check)
    {
        var value = Double(node, what);
        if (value is null)
        {
            return null;
        }
        if (!check(value.Value))
        {
            Problem(node, $"expected {what}, found {value.Value.ToString("R", CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }

    public bool? Bool(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        return text switch
        {
            null => null,
            "true" or "True" or "yes" => true,
            "false" or "False" or "no" => false,
            _ => Fail(),
        };

        bool? Fail()
        {
            Problem(node, $"expected {what} (true or false), found '{text}'");
            return null;
        }
    }

    /// <summary>One of <paramref name="choices"/> (exact spelling), else a problem listing them.</summary>
    public string? Choice(YamlNode node, string what, params string[] choices)
    {
        var text = Scalar(node, what);
        if (text is null)
        {
            return null;
        }
        if (choices.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }
        Problem(node, $"unknown {what} '{text}'; expected one of: {string.Join(", ", choices)}");
        return null;
    }

    /// <summary>A name parsed by one of the simulator's own parsers (<c>SimulationNames</c>), its error placed at the node.</summary>
    public T? Named<T>(YamlNode node, string what, Func<string, string, T> parse)
        where T : struct
    {
        var text = Scalar(node, what);
        if (text is null)
        {
            return null;
        }
        var mark = Mark(node);
        try
        {
            return parse(text, InvalidInputException.At(File, mark.Line, mark.Column));
        }
        catch (InvalidInputException e)
        {
            Add(e);
            return null;
        }
    }

    /// <summary>
    /// Resolves a file named in the scenario: relative to the scenario's folder first, then to the repository
    /// root (the nearest folder above holding <c>EdgeLearnSim.sln</c>). A missing file is a problem at the node.
    /// </summary>
    public string? ExistingFile(YamlNode node, string what)
    {
        var text = Scalar(node, what);
        if (text is null)
        {
            return null;
        }
        var candidates = new List<string> { Path.GetFullPath(Path.Combine(folder, text)) };
        if (repositoryRoot is not null)
        {
            candidates.Add(Path.GetFullPath(Path.Combine(repositoryRoot, text)));
        }
        foreach (var candidate in candidates)
        {
            if (System.IO.File.Exists(candidate))
            {
                return candidate;
            }
        }
        Problem(node, $"{what} '{text}' not found (looked in {string.Join(" and ", candidates.Distinct())})");
        return null;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: var v } => $"'{v}'",
        _ => "nothing",
    };
}
