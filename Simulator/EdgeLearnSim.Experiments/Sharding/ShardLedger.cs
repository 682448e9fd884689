using System.Globalization;
using System.Text.RegularExpressions;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Experiments.Output;

namespace EdgeLearnSim.Experiments.Sharding;

/// <summary>
/// Which shards of a scenario have started and finished, kept beside its cells as
/// <c>DIR/&lt;scenario&gt;/shards/K-of-N.txt</c> holding <c>started</c> or <c>finished</c>. Each shard writes only
/// its own file, atomically, so shards running at once on a shared file system never touch each other's.
/// <c>merge</c> reads it to name the shard that should hold a missing cell.
/// </summary>
public static partial class ShardLedger
{
    public const string FolderName = "shards";

    public static void Record(string scenarioFolder, ShardSpec shard, ShardProgress progress)
    {
        ArgumentNullException.ThrowIfNull(shard);
        var path = Path.Combine(scenarioFolder, FolderName, string.Create(CultureInfo.InvariantCulture, $"{shard.Index}-of-{shard.Count}.txt"));
        AtomicFile.WriteAllText(path, progress == ShardProgress.Finished ? "finished\n" : "started\n");
    }

    /// <summary>Every shard recorded under <paramref name="scenarioFolder"/>, of whatever split; empty when none is.</summary>
    public static IReadOnlyDictionary<ShardSpec, ShardProgress> Read(string scenarioFolder)
    {
        var folder = Path.Combine(scenarioFolder, FolderName);
        var shards = new Dictionary<ShardSpec, ShardProgress>();
        if (!Directory.Exists(folder))
        {
            return shards;
        }
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt"))
        {
            var match = RecordName().Match(Path.GetFileName(path));
            if (match.Success
                && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                && index < count)
            {
                shards[new ShardSpec(index, count)] = File.ReadAllText(path).Trim() == "finished" ? ShardProgress.Finished : ShardProgress.Started;
            }
        }
        return shards;
    }

    [GeneratedRegex(@"^([0-9]+)-of-([0-9]+)\.txt$")]
    private static partial Regex RecordName();
}
