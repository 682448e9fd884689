using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Experiments.Sharding;

/// <summary>
/// What <c>merge</c> says of the cells no shard stored (or stored under other settings): each becomes a whole-cell
/// failure naming the shard that should hold it (from <see cref="ShardLedger"/>) and what that shard's record says.
/// </summary>
public static class ShardCoverage
{
    /// <summary>A whole-cell failure for each of <paramref name="missing"/>, in the scenario folder <paramref name="scenarioFolder"/>.</summary>
    public static IReadOnlyList<CellFailure> NeverRan(IReadOnlyList<Cell> missing, string scenarioFolder)
    {
        ArgumentNullException.ThrowIfNull(missing);
        if (missing.Count == 0)
        {
            return [];
        }
        var ledger = ShardLedger.Read(scenarioFolder);
        var splits = ledger.Keys.Select(s => s.Count).Distinct().Order().ToList();
        return [.. missing.Select(cell => new CellFailure(cell, new RunFailure(RunFailure.WholeCell, splits.Count == 0
            ? "never ran: no shard has recorded a run here (edgelearnsim run SCENARIO --shard K/N --out DIR)"
            : $"never ran: shard {string.Join(" or ", splits.Select(n => Describe(ShardSpec.Holding(cell.Index, n), ledger)))}")))];
    }

    private static string Describe(ShardSpec shard, IReadOnlyDictionary<ShardSpec, ShardProgress> ledger) =>
        ledger.TryGetValue(shard, out var progress)
            ? progress == ShardProgress.Finished
                ? $"{shard} (recorded as finished, yet cells were removed since: run it again with --resume)"
                : $"{shard} (started, not finished: run it again with --resume)"
            : $"{shard} (never started here)";
}
