namespace EdgeLearnSim.Core.Extensions;

/// <summary>The did-you-mean of an unknown name: the valid name nearest to it by edit distance, ignoring case.</summary>
internal static class NearestName
{
    /// <summary>The name of <paramref name="valid"/> nearest to <paramref name="name"/> (the first on a tie), or null when there is none.</summary>
    public static string? Of(IEnumerable<string> valid, string name) =>
        valid.MinBy(n => EditDistance(n.ToLowerInvariant(), name.ToLowerInvariant()));

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var k = 0; k <= b.Length; k++)
        {
            previous[k] = k;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var k = 1; k <= b.Length; k++)
            {
                var substitution = previous[k - 1] + (a[i - 1] == b[k - 1] ? 0 : 1);
                current[k] = Math.Min(substitution, Math.Min(previous[k] + 1, current[k - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
