using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Solvers.Bounds;

namespace EdgeLearnSim.Solvers.Tests.Conformance;

/// <summary>One instance of the conformance corpus, with its optimum when solved by hand or proven in the literature.</summary>
public sealed record ConformanceCase(string Name, ISchedulingInstance Instance, double? KnownOptimum = null)
{
    // Computed once per case rather than once per scheduler: the unrelated instances need an LP.
    private readonly Lazy<double> lowerBound = new(() => LowerBounds.Compute(Instance));

    /// <summary>The cheap lower bound every scheduler's makespan must reach (<see cref="LowerBounds.Compute"/>).</summary>
    public double LowerBound => lowerBound.Value;

    public override string ToString() => Name;
}
