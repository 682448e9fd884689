using System.Globalization;

namespace EdgeLearnSim.Core.Topologies;

/// <summary>Draws which edges each device reaches (SPEC §5) from a caller's seeded streams.</summary>
public static class TopologyGenerator
{
    /// <summary>The scenario field named in topology errors.</summary>
    public const string Field = "topology";

    /// <summary>
    /// Eligible edges for <paramref name="taskCount"/> devices and <paramref name="edgeCount"/> edges, or null when
    /// every device reaches every edge. <c>one-to-one</c>: one uniformly random edge with the spec's probability,
    /// else two distinct ones (one when m = 1). <c>one-to-more</c>: k distinct uniformly random edges, k uniform in
    /// 1..max. Every device's count comes from <paramref name="counts"/> and its edges from <paramref name="edges"/>,
    /// each read in device order, so the first n devices of a larger draw are exactly the devices of an n-device draw
    /// from the same streams; fixed seeds fix the result.
    /// </summary>
    /// <exception cref="InvalidInputException">A parameter out of range, named under <see cref="Field"/>.</exception>
    public static EligibleEdgeLists? Generate(TopologySpec spec, int taskCount, int edgeCount, Random counts, Random edges)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentOutOfRangeException.ThrowIfNegative(taskCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(edgeCount, 1);
        return spec switch
        {
            FullyConnectedTopology => null,
            OneToOneTopology oneToOne => OneToOne(oneToOne, taskCount, edgeCount, counts, edges),
            OneToMoreTopology oneToMore => OneToMore(oneToMore, taskCount, edgeCount, counts, edges),
            _ => throw new InvalidInputException(Field, $"unsupported topology {spec.GetType().Name}"),
        };
    }

    /// <summary>Checks the spec's parameters against <paramref name="edgeCount"/> without drawing anything.</summary>
    /// <exception cref="InvalidInputException">As <see cref="Generate"/>.</exception>
    public static void Validate(TopologySpec spec, int edgeCount)
    {
        ArgumentNullException.ThrowIfNull(spec);
        switch (spec)
        {
            case FullyConnectedTopology:
                break;
            case OneToOneTopology { SingleEdgeProbability: var probability }:
                if (!(probability >= 0 && probability <= 1))
                {
                    throw new InvalidInputException(
                        $"{Field}.single-edge-probability",
                        $"must lie in [0, 1], not {probability.ToString("R", CultureInfo.InvariantCulture)}");
                }
                break;
            case OneToMoreTopology oneToMore:
                var maxEdges = oneToMore.MaxEdgesPerDevice ?? edgeCount;
                if (maxEdges < 1 || maxEdges > edgeCount)
                {
                    throw new InvalidInputException(
                        $"{Field}.max-edges-per-device", $"must lie in 1..{edgeCount} (the number of edges), not {maxEdges}");
                }
                break;
            default:
                throw new InvalidInputException(Field, $"unsupported topology {spec.GetType().Name}");
        }
    }

    private static EligibleEdgeLists OneToOne(OneToOneTopology spec, int taskCount, int edgeCount, Random counts, Random random)
    {
        Validate(spec, edgeCount);
        var probability = spec.SingleEdgeProbability;
        var offsets = new int[taskCount + 1];
        for (var task = 0; task < taskCount; task++)
        {
            var count = edgeCount == 1 || counts.NextDouble() < probability ? 1 : 2;
            offsets[task + 1] = checked(offsets[task] + count);
        }
        var edges = new int[offsets[taskCount]];
        for (var task = 0; task < taskCount; task++)
        {
            var start = offsets[task];
            var first = random.Next(edgeCount);
            if (offsets[task + 1] - start == 1)
            {
                edges[start] = first;
                continue;
            }
            var second = random.Next(edgeCount - 1);
            second += second >= first ? 1 : 0;
            (edges[start], edges[start + 1]) = (Math.Min(first, second), Math.Max(first, second));
        }
        return new EligibleEdgeLists(edgeCount, offsets, edges);
    }

    private static EligibleEdgeLists OneToMore(OneToMoreTopology spec, int taskCount, int edgeCount, Random counts, Random random)
    {
        Validate(spec, edgeCount);
        var maxEdges = spec.MaxEdgesPerDevice ?? edgeCount;
        var offsets = new int[taskCount + 1];
        long total = 0;
        for (var task = 0; task < taskCount; task++)
        {
            total += counts.Next(1, maxEdges + 1);
            if (total > Array.MaxLength)
            {
                throw new InvalidInputException(
                    Field, $"{taskCount} devices with up to {maxEdges} edges each list too many (device, edge) pairs; lower max-edges-per-device");
            }
            offsets[task + 1] = (int)total;
        }
        var edges = new int[total];
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
                var pick = random.Next(k, edgeCount);
                (permutation[k], permutation[pick]) = (permutation[pick], permutation[k]);
            }
            var chosen = edges.AsSpan(start, count);
            permutation.AsSpan(0, count).CopyTo(chosen);
            chosen.Sort();
        }
        return new EligibleEdgeLists(edgeCount, offsets, edges);
    }
}
