namespace EdgeLearnSim.Core.Topologies;

/// <summary>Draws which edges each device reaches (docs/model.md) from a caller's seeded streams.</summary>
public static class TopologyGenerator
{
    /// <summary>
    /// Eligible edges for <paramref name="taskCount"/> devices and <paramref name="edgeCount"/> edges, or null when
    /// every device reaches every edge (<see cref="TopologySpec.Generate"/>). Every device's count comes from
    /// <paramref name="counts"/> and its edges from <paramref name="edges"/>, each read in device order, so the first
    /// n devices of a larger draw are exactly the devices of an n-device draw from the same streams; fixed seeds fix
    /// the result.
    /// </summary>
    /// <exception cref="InvalidInputException">A parameter out of range, named under <see cref="TopologySpec.Field"/>.</exception>
    public static EligibleEdgeLists? Generate(TopologySpec spec, int taskCount, int edgeCount, Random counts, Random edges)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentOutOfRangeException.ThrowIfNegative(taskCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(edgeCount, 1);
        return spec.Generate(taskCount, edgeCount, counts, edges);
    }
}
