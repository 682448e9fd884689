using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Scheduling;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Reads <c>schedulers:</c>: names, or mappings <c>{name: annealing, label: annealing-long, rounds: 500}</c> whose
/// other keys are the scheduler's declared numeric parameters. Names and parameters are checked against the registry.
/// </summary>
internal static class SchedulerListReader
{
    public static IReadOnlyList<SchedulerChoice> Read(ScenarioReadContext context, YamlNode? node, Mark parentMark, SchedulerRegistry registry)
    {
        if (node is null)
        {
            context.Problem(parentMark, "expected 'schedulers', a list of scheduler names");
            return [];
        }
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            context.Problem(node, "expected 'schedulers' as a non-empty list of scheduler names");
            return [];
        }
        var choices = new List<SchedulerChoice>();
        foreach (var item in list.Children)
        {
            if (ReadOne(context, item, registry) is not { } choice)
            {
                continue;
            }
            if (choices.Any(c => string.Equals(c.Label, choice.Label, StringComparison.OrdinalIgnoreCase)))
            {
                context.Problem(item, $"scheduler '{choice.Label}' is listed twice; give the second one a distinct 'label'");
                continue;
            }
            choices.Add(choice);
        }
        return choices;
    }

    private static SchedulerChoice? ReadOne(ScenarioReadContext context, YamlNode item, SchedulerRegistry registry)
    {
        if (item is YamlScalarNode)
        {
            var plain = context.Scalar(item, "a scheduler name");
            return plain is null ? null : Resolve(context, item, registry, plain, null, new Dictionary<string, (double, YamlNode)>());
        }
        if (item is YamlMappingNode external && ExternalProgramReader.IsScheduler(external))
        {
            return ExternalProgramReader.ReadScheduler(context, external);
        }
        if (item is not YamlMappingNode mapping)
        {
            context.Problem(item, $"expected a scheduler name or {{name: ..., parameter: value}}, found {ScenarioReadContext.Describe(item)}");
            return null;
        }
        string? name = null;
        string? label = null;
        var parameters = new Dictionary<string, (double, YamlNode)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "name":
                    name = context.Scalar(value, "a scheduler name");
                    break;
                case "label":
                    label = context.Scalar(value, "a label for the scheduler column");
                    break;
                default:
                    if (context.Double(value, $"a number for scheduler parameter '{key}'") is { } number)
                    {
                        parameters[key] = (number, keyNode);
                    }
                    break;
            }
        }
        if (name is null)
        {
            context.Problem(item, "expected 'name' in a scheduler entry");
            return null;
        }
        return Resolve(context, item, registry, name, label, parameters);
    }

    private static SchedulerChoice? Resolve(
        ScenarioReadContext context, YamlNode item, SchedulerRegistry registry, string name, string? label,
        Dictionary<string, (double Value, YamlNode Key)> parameters)
    {
        SchedulerDescriptor descriptor;
        try
        {
            descriptor = registry.Find(name);
        }
        catch (UnknownNameException e)
        {
            context.Problem(item, e.Message);
            return null;
        }
        var accepted = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (parameter, (value, keyNode)) in parameters)
        {
            if (descriptor.FindParameter(parameter) is not { } declared)
            {
                context.Problem(keyNode, descriptor.UnknownParameter(parameter));
                continue;
            }
            accepted[declared] = value;
        }
        var resolvedLabel = label ?? descriptor.Name;
        if (SchedulerChoice.LabelProblem(resolvedLabel) is { } problem)
        {
            context.Problem(item, problem);
            return null;
        }
        return new SchedulerChoice(descriptor.Name, resolvedLabel, accepted);
    }
}
