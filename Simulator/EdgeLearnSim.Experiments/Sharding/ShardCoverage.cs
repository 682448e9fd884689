using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Running;

namespace EdgeLearnSim.Experiments.Sharding;

/// <summary>
/// The check <c>merge</c> makes before rendering: every cell of the scenario has exactly one file, and the cells
/// folder holds no file of a cell the scenario does not have. A missing cell is named with the shard that should
/// hold it (from <see cref="ShardLedger"/>) and what that shard's record says.
/// </summary>
public static partial class ShardCoverage
{
    private const int CellsNamedPerShard = 5;

    /// <exception cref="InvalidInputException">Located at the cells folder, naming the missing cells and their shards, or the foreign files.</exception>
    public static void ThrowIfIncomplete(IReadOnlyList<Cell> cells, CellStore store)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(store);
        var foreign = ForeignCellFiles(store.Folder, cells.Count);
        if (foreign.Count > 0)
        {
            throw new InvalidInputException(store.Folder, string.Create(CultureInfo.InvariantCulture,
                $"{string.Join(", ", foreign.Take(CellsNamedPerShard))}{More(foreign.Count)} belong to no cell of this scenario " +
                $"(it has {cells.Count} cells): left by another version of it; delete them or merge into another --out"));
        }
        var missing = cells.Where(c => !store.Contains(c)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var ledger = ShardLedger.Read(Path.GetDirectoryName(store.Folder)!);
        var splits = ledger.Keys.Select(s => s.Count).Distinct().Order().ToList();
        var problem = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{missing.Count} of {cells.Count} cells missing: "));
        if (splits.Count == 0)
        {
            problem.Append(string.Create(CultureInfo.InvariantCulture,
                $"{Names(missing)}; no shard has recorded a run here: run every shard (edgelearnsim run SCENARIO --shard K/N --out DIR) before merging"));
            throw new InvalidInputException(store.Folder, problem.ToString());
        }
        // Cells of one split are named by their shard there; with several splits recorded, by every shard that would hold them.
        var groups = missing.GroupBy(c => string.Join(" or ", splits.Select(n => Describe(ShardSpec.Holding(c.Index, n), ledger))), StringComparer.Ordinal);
        problem.AppendJoin("; ", groups.Select(g => $"shard {g.Key} lacks {Names([.. g])}"));
        throw new InvalidInputException(store.Folder, problem.ToString());
    }

    private static string Describe(ShardSpec shard, IReadOnlyDictionary<ShardSpec, ShardProgress> ledger) =>
        ledger.TryGetValue(shard, out var progress)
            ? progress == ShardProgress.Finished
                ? $"{shard} (recorded as finished, yet cells were removed since: run it again with --resume)"
                : $"{shard} (started, not finished: run it again with --resume)"
            : $"{shard} (never started here)";

    private static string Names(List<Cell> cells) =>
        string.Join(", ", cells.Take(CellsNamedPerShard).Select(c => string.Create(CultureInfo.InvariantCulture, $"cell {c.Index} ({c.Id})")))
        + More(cells.Count);

    private static string More(int count) =>
        count > CellsNamedPerShard ? string.Create(CultureInfo.InvariantCulture, $" and {count - CellsNamedPerShard} more") : "";

    private static List<string> ForeignCellFiles(string cellsFolder, int cellCount)
    {
        if (!Directory.Exists(cellsFolder))
        {
            return [];
        }
        return Directory.EnumerateFiles(cellsFolder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => CellFileName().Match(name) is { Success: true } match
                && (!int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= cellCount))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex(@"^([0-9]+)\.csv$")]
    private static partial Regex CellFileName();
}
