using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;

namespace EdgeLearnSim.Experiments.Fingerprints;

/// <summary>
/// Computes the fingerprint of each cell of one scenario from everything its rows and timeline read: its id and seed
/// (and, for the representative cell, which run it keeps the timeline of), every property of its point's settings
/// with its topology (walked by <see cref="SettingsDigest"/>, so new settings are covered without being listed), each
/// scheduler entry with its registered defaults, the scheduler order, the bounds, the tool's version and source state,
/// and the content of every file those settings name. Not covered: interpreters and the modules an external program
/// imports, which no setting names. The scenario's name, description, reference and replication count are not read by
/// a cell, so changing them (or adding replications) keeps every stored cell.
/// </summary>
public sealed class CellFingerprints
{
    private readonly Scenario scenario;
    private readonly IReadOnlyList<KeyValuePair<string, string>> scenarioParts;
    private readonly ConcurrentDictionary<string, string> fileHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(int Point, string Topology), IReadOnlyList<KeyValuePair<string, string>>> settingsParts = new();

    public CellFingerprints(Scenario scenario, SchedulerRegistry registry, ToolInfo tool)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(tool);
        this.scenario = scenario;
        var parts = new List<KeyValuePair<string, string>>();
        foreach (var choice in scenario.Schedulers)
        {
            var defaults = registry.Contains(choice.Name) ? registry.Find(choice.Name).ParameterDefaults : null;
            parts.AddRange(Digest($"scheduler {choice.Label}", new object?[] { choice, defaults }));
        }
        parts.AddRange(Digest("scheduler_order", scenario.Schedulers.Select(s => s.Label).ToList()));
        parts.AddRange(Digest("bounds", scenario.Bounds));
        parts.Add(new("tool", SettingsDigest.HashOf(Encoding.UTF8.GetBytes($"{tool.Version}\n{tool.SourceState}"))));
        scenarioParts = parts;
    }

    /// <summary>The fingerprint of <paramref name="cell"/> (thread-safe; settings digests are shared by the cells of a point).</summary>
    public CellFingerprint For(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var shows = cell.Index == CellPlan.RepresentativeIndex(this.scenario) ? CellPlan.RepresentativeScheduler(this.scenario) : null;
        var own = Digest("cell", new object?[] { cell.Id, cell.Seed, shows });
        var settings = settingsParts.GetOrAdd((cell.Point.Index, cell.Topology.ToString()), _ => SettingsParts(cell));
        return new CellFingerprint([.. own, .. settings, .. scenarioParts]);
    }

    /// <summary>
    /// Why a stored cell is recomputed, from the parts that changed: a file by its path, anything else by its part
    /// name (<c>instance changed</c>, <c>scheduler annealing changed</c>, <c>tool changed</c>).
    /// </summary>
    public static string Describe(string part) => part.StartsWith("file ", StringComparison.Ordinal) ? $"{part[5..]} changed" : $"{part} changed";

    private List<KeyValuePair<string, string>> SettingsParts(Cell cell)
    {
        var settings = cell.Point.Settings with { Instance = cell.InstanceSpec };
        var parts = new List<KeyValuePair<string, string>>();
        foreach (var property in typeof(ScenarioSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            parts.AddRange(Digest(SnakeCase(property.Name), property.GetValue(settings)));
        }
        return parts;
    }

    // One part for the value, then one per file it names (its content hash, keyed by its path as the user wrote it).
    private List<KeyValuePair<string, string>> Digest(string name, object? value)
    {
        var digest = SettingsDigest.Of(value, HashFile);
        var parts = new List<KeyValuePair<string, string>> { new(name, digest.Digest) };
        parts.AddRange(digest.Files.Select(file => new KeyValuePair<string, string>($"file {DisplayPath(file)}", HashFile(file))));
        return parts;
    }

    private string HashFile(string fullPath) => fileHashes.GetOrAdd(fullPath, path => SettingsDigest.HashOf(File.ReadAllBytes(path)));

    private static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative.Replace('\\', '/');
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }
            text.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }
}
