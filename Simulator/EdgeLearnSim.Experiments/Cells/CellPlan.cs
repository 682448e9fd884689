using System.Globalization;
using EdgeLearnSim.Engine.Random;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Cells;

/// <summary>
/// Enumerates a scenario's cells in the documented order: sweep points (first axis outermost), then topologies
/// in the order listed, then replications 0..R−1. The order, ids and seeds depend only on the scenario file,
/// so shard k of N is the same set of cells on every machine. Common random numbers: the instance seed is derived
/// from the <c>instance.</c> axes alone, so points that differ only in <c>simulation.</c> or <c>limits.</c>
/// parameters draw the same instance and share every stream derived from it (schedulers', simulation's); with
/// <c>instance.</c> axes only, the seed is derived from the whole id as it always was.
/// </summary>
public static class CellPlan
{
    public static IReadOnlyList<Cell> Enumerate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var cells = new List<Cell>(scenario.Points.Count * scenario.Topologies.Count * scenario.Replications);
        foreach (var point in scenario.Points)
        {
            foreach (var topology in scenario.Topologies)
            {
                for (var replication = 0; replication < scenario.Replications; replication++)
                {
                    cells.Add(new Cell(
                        scenario,
                        cells.Count,
                        point,
                        topology,
                        replication,
                        string.Join('/', IdParts(scenario, point, topology.Name, replication, _ => true)),
                        StableSeed.Derive(scenario.Seed, IdParts(scenario, point, topology.Name, replication, a => a.IsInstanceAxis))));
                }
            }
        }
        return cells;
    }

    /// <summary>
    /// The index of the cell whose timeline a dynamic scenario keeps: the last sweep point (where the studied
    /// effect is strongest in a sweep ordered from mild to harsh), the first topology, replication 0; null for a
    /// scenario that is not dynamic.
    /// </summary>
    public static int? RepresentativeIndex(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.IsDynamic ? (scenario.Points.Count - 1) * scenario.Topologies.Count * scenario.Replications : null;
    }

    /// <summary>
    /// The scheduler whose run the timeline shows: the first offline one that is not the reference, else the first
    /// row's; null when only external policies run (the timeline would need their programs a second time).
    /// </summary>
    public static string? RepresentativeScheduler(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Schedulers.Select(s => s.Label).FirstOrDefault(l => l != scenario.Reference)
            ?? scenario.Schedulers.Select(s => s.Label).FirstOrDefault()
            ?? (scenario.Points[^1].Settings.OnlineDispatch is [var first, ..] ? Core.Simulation.SimulationNames.NameOf(first) : null);
    }

    /// <summary>The scheduler's own stream seed (SPEC §4): the instance seed mixed with the scheduler's registered name.</summary>
    public static ulong SchedulerSeed(Cell cell, string schedulerName) => StableSeed.Derive(cell.InstanceSeed, schedulerName);

    /// <summary>
    /// The seed of the cell's simulation environment (outage times): one per cell, shared by every scheduler and
    /// policy that runs in it; <c>edgelearnsim env</c> runs its episodes in this world.
    /// </summary>
    public static ulong SimulationSeed(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return StableSeed.Derive(cell.InstanceSeed, "simulation");
    }

    private static string[] IdParts(Scenario scenario, SweepPoint point, string topology, int replication, Func<SweepAxis, bool> include)
    {
        var parts = new List<string> { scenario.Name };
        for (var k = 0; k < scenario.Sweep.Count; k++)
        {
            if (include(scenario.Sweep[k]))
            {
                parts.Add($"{scenario.Sweep[k].Path}={point.Values[k]}");
            }
        }
        parts.Add(topology);
        parts.Add("r" + replication.ToString(CultureInfo.InvariantCulture));
        return [.. parts];
    }
}
