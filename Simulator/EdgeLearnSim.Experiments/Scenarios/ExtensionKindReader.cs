using EdgeLearnSim.Core.Extensions;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Reads one entry of an extension kind (a topology, a distribution) by walking its registered
/// <see cref="KindParameter"/>s, so no reader knows the kinds themselves. An entry is written as its bare name (every
/// parameter at its default), <c>{name: value}</c> for a kind with one parameter, <c>{name: [v1, v2]}</c> with the
/// parameters in order, or <c>{name: {key: value}}</c>; the mapping form's keys can be swept at <c>FIELD.name.key</c>.
/// </summary>
internal static class ExtensionKindReader
{
    /// <summary>
    /// The spec of the entry named <paramref name="name"/> (at <paramref name="nameNode"/>) with its parameters in
    /// <paramref name="value"/> (null for a bare name), or null after reporting every problem at its node. The scenario
    /// path <paramref name="field"/> (<c>topologies</c>, <c>instance.records</c>) is named in problems.
    /// </summary>
    public static TSpec? Read<TSpec>(
        ScenarioReadContext context, Registry<ExtensionKind<TSpec>> registry, string name, YamlNode nameNode, YamlNode? value, string field)
        where TSpec : class
    {
        ExtensionKind<TSpec> kind;
        try
        {
            kind = registry.Find(name);
        }
        catch (UnknownNameException e)
        {
            context.Problem(nameNode, $"{e.Message} (in '{field}')");
            return null;
        }
        var at = value ?? nameNode;
        var parameters = kind.Parameters;
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var complete = true;
        YamlSection? section = null;
        if (value is null or YamlMappingNode)
        {
            section = YamlSection.Open(context, $"{field}.{kind.Name}", value, context.Mark(at));
            foreach (var parameter in parameters)
            {
                complete &= Add(context, kind, parameter, section?.Get(parameter.Key), at, field, values);
            }
        }
        else if (value is YamlSequenceNode list && list.Children.Count == parameters.Count && parameters.Count > 1)
        {
            for (var k = 0; k < parameters.Count; k++)
            {
                complete &= Add(context, kind, parameters[k], list.Children[k], at, field, values);
            }
        }
        else if (value is YamlScalarNode && parameters.Count == 1)
        {
            complete &= Add(context, kind, parameters[0], value, at, field, values);
        }
        else
        {
            var form = parameters.Count == 1 ? $"a {parameters[0].Key}" : $"[{string.Join(", ", parameters.Select(p => p.Key))}]";
            context.Problem(at, $"expected {form} for {kind.Name} of '{field}', found {ScenarioReadContext.Describe(at)}");
            return null;
        }
        section?.RejectUnknownKeys();
        if (!complete)
        {
            return null;
        }
        try
        {
            return kind.Create(new KindArguments(values));
        }
        catch (ArgumentException e)
        {
            context.Problem(at, $"{kind.Name} of '{field}': {e.Message}");
            return null;
        }
    }

    // Reads one parameter's value into values; false when it is missing or invalid (a problem is then reported).
    private static bool Add<TSpec>(
        ScenarioReadContext context, ExtensionKind<TSpec> kind, KindParameter parameter, YamlNode? node, YamlNode at, string field, Dictionary<string, object> values)
    {
        if (node is null)
        {
            if (!parameter.Optional)
            {
                context.Problem(at, $"expected '{parameter.Key}' ({parameter.Description}) for {kind.Name} of '{field}'");
            }
            return parameter.Optional;
        }
        var what = $"{parameter.Expected} for '{parameter.Key}' of {kind.Name} in '{field}'";
        object? read = parameter.Type switch
        {
            ParameterType.Number => context.Number(node, what, parameter.Admits),
            ParameterType.WholeNumber => context.Number(node, what, v => v == Math.Floor(v) && parameter.Admits(v)),
            ParameterType.Text => context.Scalar(node, what),
            ParameterType.File => context.ExistingFile(node, $"{parameter.Key} file for '{field}'"),
            _ => throw new InvalidOperationException($"Unknown parameter type {parameter.Type}."),
        };
        if (read is null)
        {
            return false;
        }
        values[parameter.Key] = read;
        return true;
    }
}
