using System.Globalization;
using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Topologies;

/// <summary>Each device reaches one random edge with <paramref name="SingleEdgeProbability"/>, else two distinct ones.</summary>
public sealed record OneToOneTopology(double SingleEdgeProbability = 0.8) : TopologySpec
{
    private const string ProbabilityKey = "single_edge_probability";

    public static ExtensionKind<TopologySpec> Kind { get; } = new(
        "one-to-one",
        "each device reaches one uniformly random edge with probability single_edge_probability, else two distinct ones",
        [new KindParameter(ProbabilityKey, ParameterType.Number, "the probability that a device reaches a single edge (default 0.8)") { Minimum = 0, Maximum = 1, Optional = true }],
        arguments => new OneToOneTopology(arguments.Number(ProbabilityKey, 0.8)));

    public override string Name => Kind.Name;

    public override void Validate(int edgeCount)
    {
        if (!(SingleEdgeProbability >= 0 && SingleEdgeProbability <= 1))
        {
            throw new InvalidInputException(
                $"{Field}.{Name}.{ProbabilityKey}",
                $"must lie in [0, 1], not {SingleEdgeProbability.ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    public override double ListedEdgesPerTask(int edgeCount) => 2;

    public override string Describe() => $"{Name} ({ProbabilityKey} {SingleEdgeProbability.ToString("R", CultureInfo.InvariantCulture)})";

    /// <summary>One uniformly random edge with the spec's probability, else two distinct ones (one when m = 1).</summary>
    public override EligibleEdgeLists Generate(int taskCount, int edgeCount, Random counts, Random edges)
    {
        Validate(edgeCount);
        var offsets = new int[taskCount + 1];
        for (var task = 0; task < taskCount; task++)
        {
            var count = edgeCount == 1 || counts.NextDouble() < SingleEdgeProbability ? 1 : 2;
            offsets[task + 1] = checked(offsets[task] + count);
        }
        var lists = new int[offsets[taskCount]];
        for (var task = 0; task < taskCount; task++)
        {
            var start = offsets[task];
            var first = edges.Next(edgeCount);
            if (offsets[task + 1] - start == 1)
            {
                lists[start] = first;
                continue;
            }
            var second = edges.Next(edgeCount - 1);
            second += second >= first ? 1 : 0;
            (lists[start], lists[start + 1]) = (Math.Min(first, second), Math.Max(first, second));
        }
        return new EligibleEdgeLists(edgeCount, offsets, lists);
    }
}
