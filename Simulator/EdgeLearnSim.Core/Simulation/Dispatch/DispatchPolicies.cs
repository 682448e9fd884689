using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>The built-in online dispatch policies by name. A new one is one <see cref="IDispatchPolicy"/> class with a static <see cref="OnlinePolicy"/> entry and one line here.</summary>
public static class DispatchPolicies
{
    public static Registry<OnlinePolicy> Default { get; } = Create();

    /// <summary>A fresh registry of the built-in policies, to which callers (tests) may add their own.</summary>
    public static Registry<OnlinePolicy> Create() => new Registry<OnlinePolicy>("online dispatch policy")
        .Register(RandomDispatchPolicy.Kind)
        .Register(LeastExpectedFinishPolicy.Kind);
}
