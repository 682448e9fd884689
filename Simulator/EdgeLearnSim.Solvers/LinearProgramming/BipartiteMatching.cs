namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>Maximum-cardinality bipartite matching by augmenting paths (Kuhn), deterministic in adjacency order.</summary>
internal static class BipartiteMatching
{
    /// <summary>
    /// Matches left vertices to right vertices along <paramref name="adjacency"/>[left] (right ids in
    /// 0..<paramref name="rightCount"/>−1), trying neighbours in the given order. Returns the right vertex of
    /// each left vertex, or −1 where none could be matched; the matching has maximum cardinality.
    /// </summary>
    public static int[] Match(int[][] adjacency, int rightCount)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        var rightOf = new int[adjacency.Length];
        var leftOf = new int[rightCount];
        Array.Fill(rightOf, -1);
        Array.Fill(leftOf, -1);
        var visitedInRound = new int[rightCount];
        Array.Fill(visitedInRound, -1);
        for (var start = 0; start < adjacency.Length; start++)
        {
            TryAugment(start, start, adjacency, rightOf, leftOf, visitedInRound);
        }
        return rightOf;
    }

    private static bool TryAugment(int left, int round, int[][] adjacency, int[] rightOf, int[] leftOf, int[] visitedInRound)
    {
        foreach (var right in adjacency[left])
        {
            if (visitedInRound[right] == round)
            {
                continue;
            }
            visitedInRound[right] = round;
            if (leftOf[right] < 0 || TryAugment(leftOf[right], round, adjacency, rightOf, leftOf, visitedInRound))
            {
                leftOf[right] = left;
                rightOf[left] = right;
                return true;
            }
        }
        return false;
    }
}
