using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Simulation.Uplinks;

/// <summary>The uplink policies a scenario's <c>simulation.policy</c> may name. A new one is one <see cref="UplinkPolicy"/> subclass and one line here.</summary>
public static class UplinkPolicies
{
    public static Registry<UplinkPolicy> Default { get; } = Create();

    /// <summary>A fresh registry of the built-in uplink policies.</summary>
    public static Registry<UplinkPolicy> Create() => new Registry<UplinkPolicy>("uplink policy")
        .Register(UplinkPolicy.Fifo)
        .Register(UplinkPolicy.FairShare);
}
