namespace EdgeLearnSim.Core.Topologies;

/// <summary>Which edges each device can reach (SPEC §5). <see cref="Name"/> is the scenario and report label.</summary>
public abstract record TopologySpec
{
    public abstract string Name { get; }
}

/// <summary>Each device reaches one random edge with <paramref name="SingleEdgeProbability"/>, else two distinct ones.</summary>
public sealed record OneToOneTopology(double SingleEdgeProbability = 0.8) : TopologySpec
{
    public override string Name => "one-to-one";
}

/// <summary>Each device reaches k distinct random edges, k uniform in 1..MaxEdgesPerDevice (null: m).</summary>
public sealed record OneToMoreTopology(int? MaxEdgesPerDevice = null) : TopologySpec
{
    public override string Name => "one-to-more";
}

/// <summary>Every device reaches every edge.</summary>
public sealed record FullyConnectedTopology : TopologySpec
{
    public override string Name => "fully-connected";
}
