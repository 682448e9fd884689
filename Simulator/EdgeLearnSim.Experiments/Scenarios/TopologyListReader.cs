using EdgeLearnSim.Core.Topologies;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Reads <c>topologies:</c>, a list of names or one-key mappings with parameters:
/// <c>one-to-one</c> / <c>{one-to-one: {single_edge_probability: 0.8}}</c>, <c>one-to-more</c> /
/// <c>{one-to-more: {max_edges_per_device: 10}}</c>, <c>fully-connected</c>. Default: all three, in that order.
/// </summary>
internal static class TopologyListReader
{
    private static readonly string[] Names = ["one-to-one", "one-to-more", "fully-connected"];

    public static IReadOnlyList<TopologySpec> Read(ScenarioReadContext context, YamlNode? node)
    {
        if (node is null)
        {
            return [new OneToOneTopology(), new OneToMoreTopology(), new FullyConnectedTopology()];
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
        string? name;
        YamlSection? section = null;
        YamlNode nameNode = item;
        if (item is YamlMappingNode mapping)
        {
            if (YamlSection.SingleEntry(context, mapping, "a topology") is not var (key, value, keyNode))
            {
                return null;
            }
            name = key;
            nameNode = keyNode;
            section = YamlSection.Open(context, $"topologies.{key}", value, context.Mark(value));
            if (section is null)
            {
                return null;
            }
        }
        else
        {
            name = context.Scalar(item, "a topology name");
        }
        if (name is null)
        {
            return null;
        }
        TopologySpec? topology;
        switch (name)
        {
            case "one-to-one":
                var p = section?.Get("single_edge_probability") is { } pn ? context.Number(pn, "a probability in [0, 1]", v => v is >= 0 and <= 1) : 0.8;
                topology = p is null ? null : new OneToOneTopology(p.Value);
                break;
            case "one-to-more":
                var k = section?.Get("max_edges_per_device") is { } kn ? context.Int(kn, "a maximum number of edges per device", 1) : null;
                topology = new OneToMoreTopology(k);
                break;
            case "fully-connected":
                topology = new FullyConnectedTopology();
                break;
            default:
                context.Problem(nameNode, $"unknown topology '{name}'; expected one of: {string.Join(", ", Names)}");
                return null;
        }
        section?.RejectUnknownKeys();
        return topology;
    }
}
