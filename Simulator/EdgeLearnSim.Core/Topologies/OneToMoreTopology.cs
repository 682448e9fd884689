using System.Globalization;
using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Topologies;

/// <summary>Each device reaches k distinct random edges, k uniform in 1..MaxEdgesPerDevice (null: m).</summary>
public sealed record OneToMoreTopology(int? MaxEdgesPerDevice = null) : TopologySpec
{
    private const string MaxEdgesKey = "max_edges_per_device";

    public static ExtensionKind<TopologySpec> Kind { get; } = new(
        "one-to-more",
        "each device reaches k distinct uniformly random edges, k uniform in 1..max_edges_per_device",
        [new KindParameter(MaxEdgesKey, ParameterType.WholeNumber, "the most edges a device reaches (default m, the number of edges)") { Minimum = 1, Maximum = int.MaxValue, Optional = true }],
        arguments => new OneToMoreTopology(arguments.NumberOrNull(MaxEdgesKey) is { } k ? (int)k : null));

    public override string Name => Kind.Name;

    public override void Validate(int edgeCount)
    {
        var maxEdges = MaxEdgesPerDevice ?? edgeCount;
        if (maxEdges < 1 || maxEdges > edgeCount)
        {
            throw new InvalidInputException(
                $"{Field}.{Name}.{MaxEdgesKey}", $"must lie in 1..{edgeCount} (the number of edges), not {maxEdges}");
        }
    }

    public override double ListedEdgesPerTask(int edgeCount) => MaxEdgesPerDevice ?? edgeCount;

    public override string Describe() =>
        $"{Name} ({MaxEdgesKey} {(MaxEdgesPerDevice is { } k ? k.ToString(CultureInfo.InvariantCulture) : "m")})";

    /// <summary>k distinct uniformly random edges per device, k uniform in 1..max.</summary>
    public override EligibleEdgeLists Generate(int taskCount, int edgeCount, Random counts, Random edges)
    {
        Validate(edgeCount);
        var maxEdges = MaxEdgesPerDevice ?? edgeCount;
        var offsets = new int[taskCount + 1];
        long total = 0;
        for (var task = 0; task < taskCount; task++)
        {
            total += counts.Next(1, maxEdges + 1);
            if (total > Array.MaxLength)
            {
                throw new InvalidInputException(
                    $"{Field}.{Name}.{MaxEdgesKey}", $"{taskCount} devices with up to {maxEdges} edges each list too many (device, edge) pairs; lower it");
            }
            offsets[task + 1] = (int)total;
        }
        var lists = new int[total];
        // A partial Fisher–Yates shuffle of a reused permutation draws k distinct edges in O(k): whatever order the
        // earlier devices left it in, fresh draws make every k-subset equally likely.
        var permutation = new int[edgeCount];
        for (var j = 0; j < edgeCount; j++)
        {
            permutation[j] = j;
        }
        for (var task = 0; task < taskCount; task++)
        {
            var start = offsets[task];
            var count = offsets[task + 1] - start;
            for (var k = 0; k < count; k++)
            {
                var pick = edges.Next(k, edgeCount);
                (permutation[k], permutation[pick]) = (permutation[pick], permutation[k]);
            }
            var chosen = lists.AsSpan(start, count);
            permutation.AsSpan(0, count).CopyTo(chosen);
            chosen.Sort();
        }
        return new EligibleEdgeLists(edgeCount, offsets, lists);
    }
}
