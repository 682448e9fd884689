using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Experiments.Tests.Scenarios.Registration;

/// <summary>A test-only topology: every device reaches the one hub edge.</summary>
internal sealed record StarTopology(int Hub) : TopologySpec
{
    public static ExtensionKind<TopologySpec> Kind { get; } = new(
        "star", "every device reaches the hub edge only",
        [new KindParameter("hub", ParameterType.WholeNumber, "the edge every device reaches (default 0)") { Minimum = 0, Maximum = int.MaxValue, Optional = true }],
        arguments => new StarTopology((int)arguments.Number("hub", 0)));

    public override string Name => Kind.Name;

    public override EligibleEdgeLists Generate(int taskCount, int edgeCount, Random counts, Random edges)
    {
        Validate(edgeCount);
        return new EligibleEdgeLists(edgeCount, [.. Enumerable.Range(0, taskCount + 1)], [.. Enumerable.Repeat(Hub, taskCount)]);
    }

    public override void Validate(int edgeCount)
    {
        if (Hub >= edgeCount)
        {
            throw new InvalidInputException($"{Field}.{Name}.hub", $"must be below {edgeCount} (the number of edges), not {Hub}");
        }
    }

    public override double ListedEdgesPerTask(int edgeCount) => 1;
}
