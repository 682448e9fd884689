using System.Globalization;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Fingerprints;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// Which cells a resumed run keeps: those stored complete under the fingerprint they have now. Every other cell is
/// recomputed: missing, stored with failures (retried), or stale (stored under other settings, a changed file or
/// another tool), and <see cref="Describe"/> says how many of each and why.
/// </summary>
internal sealed class ResumePlan
{
    private const int ReasonsShown = 3;

    private readonly HashSet<string> kept = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> staleReasons = new(StringComparer.Ordinal);
    private int cells;
    private int missing;
    private int failed;
    private int stale;

    public static ResumePlan Empty { get; } = new();

    /// <summary>Looks up every cell of <paramref name="cells"/> in <paramref name="store"/>.</summary>
    public static ResumePlan Of(IReadOnlyList<Cell> cells, CellStore store)
    {
        var plan = new ResumePlan { cells = cells.Count };
        foreach (var cell in cells)
        {
            var stored = store.Read(cell);
            if (stored is null)
            {
                plan.missing++;
            }
            else if (!stored.Complete)
            {
                plan.failed++;
            }
            else if (store.Fingerprints.For(cell).Changes(stored.Fingerprint) is { Count: > 0 } changes)
            {
                plan.stale++;
                foreach (var change in changes)
                {
                    var reason = CellFingerprints.Describe(change);
                    plan.staleReasons[reason] = plan.staleReasons.GetValueOrDefault(reason) + 1;
                }
            }
            else
            {
                plan.kept.Add(cell.Id);
            }
        }
        return plan;
    }

    public bool Keeps(Cell cell) => kept.Contains(cell.Id);

    /// <summary>One line, e.g. <c>resume: 12 of 40 cells recomputed in paper: 12 stale (Traces/x.txt changed)</c>.</summary>
    public string? Describe(string scenario)
    {
        if (this.cells == 0)
        {
            return null;
        }
        var recomputed = this.missing + failed + this.stale;
        var parts = new List<string>();
        if (this.missing > 0)
        {
            parts.Add(Count(this.missing, "missing"));
        }
        if (failed > 0)
        {
            parts.Add(Count(failed, "with failures retried"));
        }
        if (this.stale > 0)
        {
            var reasons = staleReasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
            var shown = string.Join(", ", reasons.Take(ReasonsShown).Select(r => r.Key));
            var more = reasons.Count > ReasonsShown ? Count(reasons.Count - ReasonsShown, "more reasons") : null;
            parts.Add(Count(this.stale, "stale") + $" ({shown}{(more is null ? "" : ", " + more)})");
        }
        var line = string.Create(CultureInfo.InvariantCulture, $"resume: {recomputed} of {this.cells} cells recomputed in {scenario}");
        return parts.Count == 0 ? line : $"{line}: {string.Join("; ", parts)}";
    }

    private static string Count(int count, string what) => string.Create(CultureInfo.InvariantCulture, $"{count} {what}");
}
