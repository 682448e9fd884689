namespace EdgeLearnSim.Core.Scheduling.LoadTracking;

/// <summary>
/// Which tasks sit on which edge, with O(1) move and O(1) membership, for local searches that look only at
/// the tasks of the most loaded edge. The order of tasks within an edge is unspecified.
/// </summary>
public sealed class EdgeTaskLists
{
    private readonly int[] edgeOf;
    private readonly List<int>[] members;
    private readonly int[] position;

    public EdgeTaskLists(int edgeCount, ReadOnlySpan<int> edgeOf)
    {
        this.edgeOf = edgeOf.ToArray();
        members = new List<int>[edgeCount];
        for (var j = 0; j < edgeCount; j++)
        {
            members[j] = [];
        }
        position = new int[this.edgeOf.Length];
        for (var i = 0; i < this.edgeOf.Length; i++)
        {
            var list = members[this.edgeOf[i]];
            position[i] = list.Count;
            list.Add(i);
        }
    }

    /// <summary>The current edge of every task (a live view: do not mutate).</summary>
    public ReadOnlySpan<int> EdgeOf => edgeOf;

    /// <summary>The tasks on <paramref name="edge"/> (a live view, invalidated by <see cref="Move"/>).</summary>
    public IReadOnlyList<int> TasksOn(int edge) => members[edge];

    /// <summary>Moves <paramref name="task"/> to <paramref name="edge"/>.</summary>
    public void Move(int task, int edge)
    {
        var from = members[edgeOf[task]];
        var last = from[^1];
        from[position[task]] = last;
        position[last] = position[task];
        from.RemoveAt(from.Count - 1);
        var to = members[edge];
        position[task] = to.Count;
        to.Add(task);
        edgeOf[task] = edge;
    }

    /// <summary>A copy of the current assignment.</summary>
    public int[] ToArray() => edgeOf.ToArray();
}
