using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Topologies;

/// <summary>Every device reaches every edge.</summary>
public sealed record FullyConnectedTopology : TopologySpec
{
    public static ExtensionKind<TopologySpec> Kind { get; } = new(
        "fully-connected", "every device reaches every edge", [], _ => new FullyConnectedTopology());

    public override string Name => Kind.Name;

    public override EligibleEdgeLists? Generate(int taskCount, int edgeCount, Random counts, Random edges) => null;

    public override void Validate(int edgeCount)
    {
    }

    public override double ListedEdgesPerTask(int edgeCount) => 0;
}
