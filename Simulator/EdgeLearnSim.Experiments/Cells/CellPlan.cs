using System.Globalization;
using EdgeLearnSim.Engine.Random;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Cells;

/// <summary>
/// Enumerates a scenario's cells in the documented order: sweep points (first axis outermost), then topologies
/// in the order listed, then replications 0..R−1. The order, ids and seeds depend only on the scenario file,
/// so shard k of N is the same set of cells on every machine. Common random numbers by construction: a cell's seed
/// depends on the base seed and its replication alone, and every random quantity is drawn from a stream keyed by that
/// seed and the quantity's role (records, bandwidths, outages, …), never by a scheduler, a sweep value or the topology.
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
                        string.Join('/', IdParts(scenario, point, topology.Name, replication)),
                        ReplicationSeed(scenario.Seed, replication)));
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
            ?? (scenario.Points[^1].Settings.OnlineDispatch is [var first, ..] ? first.Name : null);
    }

    /// <summary>The seed of replication <paramref name="replication"/>: every cell of it draws its quantities from streams keyed by this seed.</summary>
    public static ulong ReplicationSeed(ulong baseSeed, int replication) => StableSeed.Derive(baseSeed, "replication", replication.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// A scheduler's own stream seed: the cell's seed mixed with the scheduler's registered name (an external program's
    /// label, since several externals share one name). Its own choices; nothing of the world it is scheduled into.
    /// </summary>
    public static ulong SchedulerSeed(Cell cell, string schedulerName) => StableSeed.Derive(cell.Seed, schedulerName);

    /// <summary>
    /// The seed of the cell's simulated environment (outage times and any other random input of the simulation), the
    /// same for every scheduler and policy of the cell and for <c>edgelearnsim env</c>'s episodes; an online policy
    /// derives its own draws from it and its name.
    /// </summary>
    public static ulong SimulationSeed(Cell cell) => StableSeed.Derive(cell.Seed, "simulation");

    private static string[] IdParts(Scenario scenario, SweepPoint point, string topology, int replication)
    {
        var parts = new List<string> { scenario.Name };
        for (var k = 0; k < scenario.Sweep.Count; k++)
        {
            parts.Add($"{scenario.Sweep[k].Path}={point.Values[k]}");
        }
        parts.Add(topology);
        parts.Add("r" + replication.ToString(CultureInfo.InvariantCulture));
        return [.. parts];
    }
}
