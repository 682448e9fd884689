using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Topologies;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Cells;

/// <summary>
/// One unit of work: (scenario, sweep point, topology, replication). Every scheduler and policy of the cell runs on
/// the same instance and in the same simulated environment, so comparisons within a cell are paired.
/// <see cref="Index"/> is the position in the scenario's cell order (points, then topologies, then replications);
/// <see cref="Id"/> is stable, <c>scenario/path=value/.../topology/rN</c>, the same on every machine;
/// <see cref="Seed"/> is the replication's seed (<see cref="CellPlan.ReplicationSeed"/>), the <c>seed</c> column of
/// runs.csv: every random stream of the cell is derived from it and a role, so all cells of one replication share
/// every quantity their points and topologies do not change.
/// </summary>
public sealed record Cell(
    Scenario Scenario,
    int Index,
    SweepPoint Point,
    TopologySpec Topology,
    int Replication,
    string Id,
    ulong Seed)
{
    /// <summary>The instance spec of this cell: the point's settings with the cell's topology.</summary>
    public InstanceSpec InstanceSpec => Point.Settings.Instance with { Topology = Topology };
}
