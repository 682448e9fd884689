using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Solvers.Tests.TestInstances;

/// <summary>A generated instance with a description that reproduces it in a failure message.</summary>
public sealed record SmallInstanceCase(string Description, ISchedulingInstance Instance)
{
    public override string ToString() => Description;
}
