using System.Globalization;
using EdgeLearnSim.Core.Programs;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Reads external programs (docs/external-protocol.md): the scheduler entry
/// <c>{name: external, label: my-ilp, command: [python3, my_ilp.py], seconds: 60}</c> and the online policy entry
/// <c>{external: my-policy, command: [python3, policy.py], seconds: 60}</c>. <c>command</c> is a list of words (or
/// one string split at spaces); relative paths in it resolve against the scenario's folder; <c>seconds</c> is the
/// per-call safety net (default 60).
/// </summary>
internal static class ExternalProgramReader
{
    public const string SchedulerName = "external";

    private const string PolicyKey = "external";

    /// <summary>True for a scheduler entry whose name is <c>external</c>.</summary>
    public static bool IsScheduler(YamlMappingNode mapping) =>
        mapping.Children.TryGetValue(new YamlScalarNode("name"), out var name)
        && name is YamlScalarNode { Value: { } value }
        && string.Equals(value.Trim(), SchedulerName, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for an online dispatch entry <c>{external: label, ...}</c>.</summary>
    public static bool IsPolicy(YamlNode node) =>
        node is YamlMappingNode mapping && mapping.Children.ContainsKey(new YamlScalarNode(PolicyKey));

    public static SchedulerChoice? ReadScheduler(ScenarioReadContext context, YamlMappingNode mapping) =>
        Read(context, mapping, "label", "name") is { } program
            ? new SchedulerChoice(SchedulerName, program.Label, new Dictionary<string, double>()) { External = program }
            : null;

    /// <summary>The external entries of <c>simulation.online_dispatch</c> (the built-in names are read elsewhere).</summary>
    public static IReadOnlyList<ExternalProgram> ReadPolicies(ScenarioReadContext context, YamlNode node)
    {
        var items = node is YamlSequenceNode list ? list.Children : (IList<YamlNode>)[node];
        var programs = new List<ExternalProgram>();
        foreach (var item in items.Where(IsPolicy).Cast<YamlMappingNode>())
        {
            if (Read(context, item, PolicyKey, null) is not { } program)
            {
                continue;
            }
            if (programs.Any(p => string.Equals(p.Label, program.Label, StringComparison.OrdinalIgnoreCase)))
            {
                context.Problem(item, $"external policy '{program.Label}' is listed twice; give the second one a distinct name");
                continue;
            }
            programs.Add(program);
        }
        return programs;
    }

    private static ExternalProgram? Read(ScenarioReadContext context, YamlMappingNode mapping, string labelKey, string? nameKey)
    {
        string? label = null;
        List<string>? command = null;
        double? seconds = null;
        var ok = true;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (key == labelKey)
            {
                label = context.Scalar(value, "a label for the scheduler column");
            }
            else if (key == "command")
            {
                command = Command(context, value);
                ok &= command is not null;
            }
            else if (key == "seconds")
            {
                seconds = context.Number(value, "a safety net in seconds > 0 per call", v => v > 0 && double.IsFinite(v));
                ok &= seconds is not null;
            }
            else if (key != nameKey)
            {
                context.Problem(keyNode, $"unknown key '{key}' in an external program entry; expected {labelKey}, command, seconds");
                ok = false;
            }
        }
        if (label is null)
        {
            context.Problem(mapping, $"expected '{labelKey}' in an external program entry: the name of its rows in the scheduler column");
            return null;
        }
        if (SchedulerChoice.LabelProblem(label) is { } labelProblem)
        {
            context.Problem(mapping, labelProblem);
            return null;
        }
        if (command is null)
        {
            if (ok)
            {
                context.Problem(mapping, $"expected 'command' (a list such as [python3, my_scheduler.py]) in external program '{label}'");
            }
            return null;
        }
        return ok ? new ExternalProgram(label, ExternalProgram.Resolve(command, context.Folder), seconds is { } s ? TimeSpan.FromSeconds(s) : null) : null;
    }

    private static List<string>? Command(ScenarioReadContext context, YamlNode node)
    {
        var words = node switch
        {
            YamlSequenceNode list => list.Children.Select(w => context.Scalar(w, "a word of the command")).ToList(),
            YamlScalarNode scalar => [.. (scalar.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            _ => null,
        };
        if (words is null || words.Count == 0 || words.Any(string.IsNullOrEmpty))
        {
            context.Problem(node, string.Create(CultureInfo.InvariantCulture, $"expected a non-empty command such as [python3, my_scheduler.py], found {ScenarioReadContext.Describe(node)}"));
            return null;
        }
        return [.. words.OfType<string>()];
    }
}
