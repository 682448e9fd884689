using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Distributions;

/// <summary>The distributions a scenario may name. A new distribution is one <see cref="DistributionSpec"/> subclass and one line here.</summary>
public static class DistributionKinds
{
    public static Registry<ExtensionKind<DistributionSpec>> Default { get; } = Create();

    /// <summary>A fresh registry of the built-in distributions, to which callers (tests) may add their own.</summary>
    public static Registry<ExtensionKind<DistributionSpec>> Create() => new Registry<ExtensionKind<DistributionSpec>>("distribution")
        .Register(ConstantDistribution.Kind)
        .Register(UniformDistribution.Kind)
        .Register(UniformIntegerDistribution.Kind)
        .Register(NormalDistribution.Kind)
        .Register(LogNormalDistribution.Kind)
        .Register(EmpiricalDistribution.Kind);
}
