namespace EdgeLearnSim.Core.Topologies;

/// <summary>
/// Which edges each device can reach (docs/model.md). <see cref="Name"/> is the scenario and report label. A topology
/// is one subclass with a static <c>Kind</c> entry (its scenario parameters and factory) registered in
/// <see cref="TopologyKinds"/>; <see cref="TopologyGenerator"/> and <c>validate</c> call only the members below.
/// </summary>
public abstract record TopologySpec
{
    public abstract string Name { get; }

    /// <summary>The scenario field named in topology errors, followed by the topology's name and its parameter's key.</summary>
    public const string Field = "topologies";

    /// <summary>
    /// Eligible edges for <paramref name="taskCount"/> devices and <paramref name="edgeCount"/> edges, or null when
    /// every device reaches every edge. Reads device counts from <paramref name="counts"/> and edges from
    /// <paramref name="edges"/> in device order, so fixed seeds fix the result.
    /// </summary>
    public abstract EligibleEdgeLists? Generate(int taskCount, int edgeCount, Random counts, Random edges);

    /// <summary>Checks the parameters against <paramref name="edgeCount"/> without drawing anything.</summary>
    /// <exception cref="InvalidInputException">A parameter out of range, located at <c>topologies.NAME.KEY</c> as a scenario writes it.</exception>
    public abstract void Validate(int edgeCount);

    /// <summary>
    /// At most how many edges a device's eligible list holds on average, for memory estimates; 0 when no lists are
    /// stored because every device reaches every edge.
    /// </summary>
    public abstract double ListedEdgesPerTask(int edgeCount);

    /// <summary>The name with its parameters, as provenance.yaml lists it.</summary>
    public virtual string Describe() => Name;
}
