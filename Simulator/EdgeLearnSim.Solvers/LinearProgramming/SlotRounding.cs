using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>
/// Shmoys–Tardos rounding: turns any feasible fractional assignment (not only an extreme point) into an
/// integral one whose load on every edge is at most Σ_i x_ij·V_ij + max{V_ij : x_ij &gt; 0}. Each edge's
/// pieces, longest first, fill unit slots in order; a matching of tasks to slots that saturates every task
/// exists because the fractional one does, and slot s holds no piece longer than the shortest of slot s−1.
/// <see cref="PseudoForestRounding"/> falls back to this when GLOP's point is numerically not a vertex.
/// </summary>
internal static class SlotRounding
{
    // A slot with less room than this is full; GLOP's shares are only accurate to about this much.
    private const double SlotRoom = 1e-7;

    /// <summary>The edge of every task; throws if the matching cannot place every task (shares not summing to 1).</summary>
    public static int[] Round(ISchedulingInstance instance, FractionalAssignment shares)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(shares);
        var piecesOnEdge = new List<(int Task, double Share)>[instance.EdgeCount];
        for (var j = 0; j < piecesOnEdge.Length; j++)
        {
            piecesOnEdge[j] = [];
        }
        for (var i = 0; i < shares.TaskCount; i++)
        {
            foreach (var share in shares.SharesOf(i))
            {
                piecesOnEdge[share.Edge].Add((i, share.Share));
            }
        }

        var slotEdge = new List<int>();
        var slotsOfTask = new List<int>[shares.TaskCount];
        for (var i = 0; i < slotsOfTask.Length; i++)
        {
            slotsOfTask[i] = [];
        }
        for (var j = 0; j < piecesOnEdge.Length; j++)
        {
            var edge = j;
            var pieces = piecesOnEdge[j]
                .OrderByDescending(piece => instance.ProcessingTime(piece.Task, edge))
                .ThenBy(piece => piece.Task);
            var room = 0.0;
            foreach (var (task, share) in pieces)
            {
                var left = share;
                while (left > SlotRoom)
                {
                    if (room <= SlotRoom)
                    {
                        slotEdge.Add(j);
                        room = 1;
                    }
                    var slot = slotEdge.Count - 1;
                    if (slotsOfTask[task].Count == 0 || slotsOfTask[task][^1] != slot)
                    {
                        slotsOfTask[task].Add(slot);
                    }
                    var placed = Math.Min(room, left);
                    room -= placed;
                    left -= placed;
                }
            }
        }

        var slotOf = BipartiteMatching.Match([.. slotsOfTask.Select(slots => slots.ToArray())], slotEdge.Count);
        var edgeOf = new int[shares.TaskCount];
        for (var i = 0; i < edgeOf.Length; i++)
        {
            if (slotOf[i] < 0)
            {
                throw new InvalidOperationException($"Slot rounding could not place task {i}: its LP shares do not form a feasible fractional assignment.");
            }
            edgeOf[i] = slotEdge[slotOf[i]];
        }
        return edgeOf;
    }
}
