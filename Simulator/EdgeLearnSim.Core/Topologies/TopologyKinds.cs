using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Topologies;

/// <summary>The topologies a scenario may name. A new topology is one <see cref="TopologySpec"/> subclass and one line here.</summary>
public static class TopologyKinds
{
    /// <summary>The built-in topologies, in the order a scenario without <c>topologies:</c> runs them.</summary>
    public static Registry<ExtensionKind<TopologySpec>> Default { get; } = Create();

    /// <summary>A fresh registry of the built-in topologies, to which callers (tests) may add their own.</summary>
    public static Registry<ExtensionKind<TopologySpec>> Create() => new Registry<ExtensionKind<TopologySpec>>("topology")
        .Register(OneToOneTopology.Kind)
        .Register(OneToMoreTopology.Kind)
        .Register(FullyConnectedTopology.Kind);
}
