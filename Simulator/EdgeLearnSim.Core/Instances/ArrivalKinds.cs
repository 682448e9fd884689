using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Instances;

/// <summary>The arrival processes a scenario may name. A new one is one <see cref="ArrivalSpec"/> subclass and one line here.</summary>
public static class ArrivalKinds
{
    public static Registry<ExtensionKind<ArrivalSpec>> Default { get; } = Create();

    /// <summary>A fresh registry of the built-in arrival processes, to which callers (tests) may add their own.</summary>
    public static Registry<ExtensionKind<ArrivalSpec>> Create() => new Registry<ExtensionKind<ArrivalSpec>>("arrival process")
        .Register(AllAtZeroArrivals.Kind)
        .Register(PoissonArrivals.Kind)
        .Register(TraceArrivals.Kind);
}
