using EdgeLearnSim.Core.Topologies;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Reads <c>topologies:</c>, a list of registered topology names or one-key mappings with parameters
/// (<see cref="ExtensionKindReader"/>), e.g. <c>one-to-one</c> or <c>{one-to-one: {single_edge_probability: 0.8}}</c>.
/// Default: every registered topology whose parameters all have defaults, at its defaults, in registration order.
/// </summary>
internal static class TopologyListReader
{
    private const string Field = "topologies";

    public static IReadOnlyList<TopologySpec> Read(ScenarioReadContext context, YamlNode? node)
    {
        var registry = context.Kinds.Topologies;
        if (node is null)
        {
            return [.. registry.All.Where(k => k.HasDefaults).Select(k => k.Create(Core.Extensions.KindArguments.None))];
        }
        var items = node is YamlSequenceNode list ? list.Children : (IList<YamlNode>)[node];
        var topologies = new List<TopologySpec>();
        foreach (var item in items)
        {
            if (ReadOne(context, item) is not { } topology)
            {
                continue;
            }
            if (topologies.Any(t => t.Name == topology.Name))
            {
                context.Problem(item, $"topology '{topology.Name}' is listed twice; sweep its parameters instead");
                continue;
            }
            topologies.Add(topology);
        }
        if (items.Count == 0)
        {
            context.Problem(node, "expected at least one topology");
        }
        return topologies;
    }

    private static TopologySpec? ReadOne(ScenarioReadContext context, YamlNode item)
    {
        if (item is YamlMappingNode mapping)
        {
            return YamlSection.SingleEntry(context, mapping, "a topology") is var (key, value, keyNode)
                ? ExtensionKindReader.Read(context, context.Kinds.Topologies, key, keyNode, value, Field)
                : null;
        }
        return context.Scalar(item, "a topology name") is { } name
            ? ExtensionKindReader.Read(context, context.Kinds.Topologies, name, item, null, Field)
            : null;
    }
}
