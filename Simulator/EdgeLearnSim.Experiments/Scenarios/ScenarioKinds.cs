using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// The registries a scenario's names resolve against besides its schedulers: topologies, distributions and the
/// instance lower bounds. The readers, <c>validate</c> and the Scenarios/SCHEMA.md table (<see cref="KindTable"/>)
/// walk them, so registering an entry is all it takes for a scenario to use it.
/// </summary>
public sealed record ScenarioKinds(
    Registry<ExtensionKind<TopologySpec>> Topologies,
    Registry<ExtensionKind<DistributionSpec>> Distributions,
    Registry<ILowerBoundMethod> Bounds)
{
    /// <summary>The built-in topologies and distributions with no bounds: a scenario naming one is an error.</summary>
    public static ScenarioKinds WithoutBounds { get; } = new(TopologyKinds.Default, DistributionKinds.Default, new Registry<ILowerBoundMethod>("bound"));
}
