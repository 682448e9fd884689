using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Simulation.Dispatch;

namespace EdgeLearnSim.Core.Simulation;

/// <summary>
/// A built-in online dispatch policy a scenario's <c>simulation.online_dispatch</c> may name: how the online mode picks
/// an edge for a task at its release. A policy is one <see cref="IDispatchPolicy"/> class with a static entry of this
/// type, registered in <see cref="DispatchPolicies"/>.
/// </summary>
/// <param name="Name">The scenario name, also the policy's rows' <c>scheduler</c> column.</param>
/// <param name="Description">One line for Scenarios/SCHEMA.md.</param>
/// <param name="Create">A fresh policy object for one run (policies keep per-run state).</param>
public sealed record OnlinePolicy(string Name, string Description, Func<IDispatchPolicy> Create) : IRegistryEntry
{
    public override string ToString() => Name;
}
