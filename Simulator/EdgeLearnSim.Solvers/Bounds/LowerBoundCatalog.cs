using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Scheduling.Bounds;

namespace EdgeLearnSim.Solvers.Bounds;

/// <summary>
/// Every lower-bound method a scenario's <c>bounds:</c> list may name, cheapest first (the order
/// <see cref="LowerBounds.Certify"/> runs them in). A new method is one <see cref="ILowerBoundMethod"/> class and one line here.
/// </summary>
public static class LowerBoundCatalog
{
    public static Registry<ILowerBoundMethod> Default { get; } = Create();

    /// <summary>A fresh registry of the built-in methods, to which callers (tests) may add their own.</summary>
    public static Registry<ILowerBoundMethod> Create() => new Registry<ILowerBoundMethod>("bound")
        .Register(FlowBoundMethod.Instance)
        .Register(LagrangianBoundMethod.Instance)
        .Register(CpSatBoundMethod.Instance);
}
