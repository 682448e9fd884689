using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Simulation.Uplinks;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// The registries a scenario's names resolve against besides its schedulers: topologies, distributions, arrival
/// processes, uplink policies, online dispatch policies and the instance lower bounds. The readers, <c>validate</c>
/// and the Scenarios/SCHEMA.md table (<see cref="KindTable"/>) walk them, so registering an entry is all it takes for
/// a scenario to use it. By default the built-in topologies, distributions, arrival processes and policies and no
/// bounds (the bounds live with the solvers).
/// </summary>
public sealed record ScenarioKinds
{
    public static ScenarioKinds BuiltIn { get; } = new();

    public Registry<ExtensionKind<TopologySpec>> Topologies { get; init; } = TopologyKinds.Default;

    public Registry<ExtensionKind<DistributionSpec>> Distributions { get; init; } = DistributionKinds.Default;

    public Registry<ExtensionKind<ArrivalSpec>> Arrivals { get; init; } = ArrivalKinds.Default;

    public Registry<UplinkPolicy> Uplinks { get; init; } = UplinkPolicies.Default;

    public Registry<OnlinePolicy> OnlinePolicies { get; init; } = DispatchPolicies.Default;

    public Registry<ILowerBoundMethod> Bounds { get; init; } = new("bound");
}
