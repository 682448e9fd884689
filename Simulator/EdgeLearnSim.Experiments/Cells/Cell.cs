using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Topologies;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Cells;

/// <summary>
/// One unit of work: (scenario, sweep point, topology, replication). Every scheduler of the scenario runs on
/// the same instance, drawn from <see cref="InstanceSeed"/>, so comparisons are paired.
/// <see cref="Index"/> is the position in the scenario's cell order (points, then topologies, then replications);
/// <see cref="Id"/> is stable, <c>scenario/path=value/.../topology/rN</c>, the same on every machine;
/// <see cref="InstanceSeed"/> is <c>StableSeed.Derive(scenario seed, the id's parts without its simulation. and limits.
/// values)</c>, the <c>seed</c> column of runs.csv, so such points share their instances (see <see cref="CellPlan"/>).
/// </summary>
public sealed record Cell(
    Scenario Scenario,
    int Index,
    SweepPoint Point,
    TopologySpec Topology,
    int Replication,
    string Id,
    ulong InstanceSeed)
{
    /// <summary>The instance spec of this cell: the point's settings with the cell's topology.</summary>
    public InstanceSpec InstanceSpec => Point.Settings.Instance with { Topology = Topology };
}
