using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Solvers.Tests.Conformance;

/// <summary>One instance of the conformance corpus, with its optimum when solved by hand.</summary>
public sealed record ConformanceCase(string Name, EdgeLearningInstance Instance, double? KnownOptimum = null)
{
    public override string ToString() => Name;
}
