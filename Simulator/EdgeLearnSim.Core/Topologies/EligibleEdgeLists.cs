namespace EdgeLearnSim.Core.Topologies;

/// <summary>
/// Per-task eligible edges in compressed rows (one offsets array, one flat edge array), so a million tasks cost two
/// arrays rather than a million. Each task's list is ascending, distinct, within 0..EdgeCount−1 and never empty.
/// </summary>
public sealed class EligibleEdgeLists
{
    private readonly int[] offsets;
    private readonly int[] edges;

    /// <param name="edgeCount">m, the number of edges the ids refer to.</param>
    /// <param name="offsets">n + 1 ascending offsets into <paramref name="edges"/>, starting at 0.</param>
    /// <param name="edges">The lists, concatenated. Both arrays are kept, not copied.</param>
    /// <exception cref="ArgumentException">The arrays break the guarantees above; the message names the task.</exception>
    public EligibleEdgeLists(int edgeCount, int[] offsets, int[] edges)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(edges);
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != edges.Length)
        {
            throw new ArgumentException("Offsets must start at 0 and end at the number of listed edges.", nameof(offsets));
        }
        for (var task = 0; task + 1 < offsets.Length; task++)
        {
            var (start, end) = (offsets[task], offsets[task + 1]);
            if (end <= start)
            {
                throw new ArgumentException($"Task {task} can reach no edge.", nameof(offsets));
            }
            for (var k = start; k < end; k++)
            {
                if (edges[k] < 0 || edges[k] >= edgeCount || (k > start && edges[k] <= edges[k - 1]))
                {
                    throw new ArgumentException(
                        $"Task {task} has eligible edges that are not ascending distinct ids in 0..{edgeCount - 1}.", nameof(edges));
                }
            }
        }
        EdgeCount = edgeCount;
        this.offsets = offsets;
        this.edges = edges;
    }

    public int TaskCount => offsets.Length - 1;

    public int EdgeCount { get; }

    /// <summary>Σ|E_i|, the number of (task, edge) pairs listed.</summary>
    public int PairCount => edges.Length;

    /// <summary>The n + 1 offsets into <see cref="FlatEdges"/> (shared storage: do not mutate).</summary>
    internal int[] Offsets => offsets;

    /// <summary>All lists concatenated (shared storage: do not mutate).</summary>
    internal int[] FlatEdges => edges;

    /// <summary>The ascending eligible edges of <paramref name="task"/>. Shared storage: do not mutate.</summary>
    public ReadOnlySpan<int> Of(int task) => edges.AsSpan(offsets[task], offsets[task + 1] - offsets[task]);
}
