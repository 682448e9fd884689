namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// Dinic's maximum flow on the flow bound's network (docs/model.md, "Lower bounds"): source → task i (capacity s_i), task i → each active
/// eligible edge, edge j → sink (capacity c_j). The task → edge arcs are the compressed eligibility lists read in
/// place, active where <c>rank[j] &lt; activeCount[i]</c>, and carry no capacity of their own (the source arc bounds
/// what a task sends, so they never saturate first); only the (task, edge) pairs that carry flow are stored. The
/// flow persists between runs, so raising capacities and running again continues from it; <see cref="Clear"/>
/// starts from zero. Residuals at or below the epsilon count as saturated.
/// </summary>
internal sealed class MaxFlowNetwork
{
    private const int None = -1;

    private readonly double[] supply;
    private readonly int[] offsets;
    private readonly int[] edges;
    private readonly int[] rank;
    private readonly int[] activeCount;
    private readonly double epsilon;
    private readonly int taskCount;
    private readonly double[] capacity;
    private readonly double[] sent;
    private readonly double[] received;
    private readonly int[] firstEntryOfTask;
    private readonly List<int>[] entriesOfEdge;
    private readonly int[] level;
    private readonly int[] taskCursor;
    private readonly int[] edgeCursor;
    private readonly int[] queue;
    private readonly int[] pathNode;
    private readonly int[] pathArc;
    private int[] entryTask = new int[1024];
    private int[] entryEdge = new int[1024];
    private int[] entryNext = new int[1024];
    private double[] entryAmount = new double[1024];
    private int entryCount;
    private int sinkLevel;

    /// <param name="supply">s_i.</param>
    /// <param name="offsets">Task i's eligible edges are <paramref name="edges"/>[offsets[i]..offsets[i+1]).</param>
    /// <param name="edges">Concatenated eligible edge lists (read, never changed).</param>
    /// <param name="rank">Per edge; with <paramref name="activeCount"/> decides which arcs exist.</param>
    /// <param name="activeCount">Per task, set by the caller before each run.</param>
    /// <param name="epsilon">Residuals at or below it count as saturated.</param>
    public MaxFlowNetwork(double[] supply, int[] offsets, int[] edges, int[] rank, int[] activeCount, double epsilon)
    {
        this.supply = supply;
        this.offsets = offsets;
        this.edges = edges;
        this.rank = rank;
        this.activeCount = activeCount;
        this.epsilon = epsilon;
        taskCount = supply.Length;
        var edgeCount = rank.Length;
        capacity = new double[edgeCount];
        sent = new double[taskCount];
        received = new double[edgeCount];
        firstEntryOfTask = new int[taskCount];
        Array.Fill(firstEntryOfTask, None);
        entriesOfEdge = new List<int>[edgeCount];
        for (var j = 0; j < edgeCount; j++)
        {
            entriesOfEdge[j] = [];
        }
        level = new int[taskCount + edgeCount];
        taskCursor = new int[taskCount];
        edgeCursor = new int[edgeCount];
        queue = new int[taskCount + edgeCount];
        pathNode = new int[taskCount + edgeCount + 1];
        pathArc = new int[taskCount + edgeCount + 1];
    }

    /// <summary>Sets c_j; a capacity below the flow already into edge j clears the flow first.</summary>
    public void SetCapacity(int edge, double edgeCapacity)
    {
        if (edgeCapacity < received[edge])
        {
            Clear();
        }
        capacity[edge] = edgeCapacity;
    }

    /// <summary>Removes all flow (the active arcs may then change).</summary>
    public void Clear()
    {
        Array.Clear(sent);
        Array.Clear(received);
        Array.Fill(firstEntryOfTask, None);
        foreach (var list in entriesOfEdge)
        {
            list.Clear();
        }
        entryCount = 0;
    }

    /// <summary>Augments the current flow to a maximum one; returns the flow added.</summary>
    public double Run()
    {
        var added = 0.0;
        while (BuildLevels())
        {
            Array.Copy(offsets, taskCursor, taskCount);
            Array.Clear(edgeCursor);
            added += BlockingFlow();
        }
        return added;
    }

    /// <summary>After <see cref="Run"/>: whether task <paramref name="task"/> is reachable from the source in the residual graph.</summary>
    public bool OnSourceSide(int task) => level[task] >= 0;

    private bool IsActive(int task, int arc) => rank[edges[arc]] < activeCount[task];

    /// <summary>Levels from the source; stops once the sink's level is known, else labels every reachable node.</summary>
    private bool BuildLevels()
    {
        Array.Fill(level, None);
        sinkLevel = None;
        var tail = 0;
        for (var i = 0; i < taskCount; i++)
        {
            if (supply[i] - sent[i] > epsilon)
            {
                level[i] = 1;
                queue[tail++] = i;
            }
        }
        for (var head = 0; head < tail; head++)
        {
            var node = queue[head];
            var next = level[node] + 1;
            if (sinkLevel != None && next > sinkLevel)
            {
                break;
            }
            if (node < taskCount)
            {
                for (var arc = offsets[node]; arc < offsets[node + 1]; arc++)
                {
                    var edgeNode = taskCount + edges[arc];
                    if (level[edgeNode] == None && IsActive(node, arc))
                    {
                        level[edgeNode] = next;
                        queue[tail++] = edgeNode;
                    }
                }
                continue;
            }
            var edge = node - taskCount;
            if (sinkLevel == None && capacity[edge] - received[edge] > epsilon)
            {
                sinkLevel = next;
            }
            foreach (var entry in entriesOfEdge[edge])
            {
                var task = entryTask[entry];
                if (level[task] == None && entryAmount[entry] > epsilon)
                {
                    level[task] = next;
                    queue[tail++] = task;
                }
            }
        }
        return sinkLevel != None;
    }

    private double BlockingFlow()
    {
        var total = 0.0;
        for (var root = 0; root < taskCount; root++)
        {
            while (level[root] == 1 && supply[root] - sent[root] > epsilon)
            {
                if (!FindPath(root, out var depth))
                {
                    break;
                }
                total += Augment(depth);
            }
        }
        return total;
    }

    /// <summary>
    /// A path root → … → an edge with sink residual, along increasing levels, into <see cref="pathNode"/> (nodes)
    /// and <see cref="pathArc"/> (the eligibility position or flow entry used to leave each node). Dead ends are
    /// removed from the level graph.
    /// </summary>
    private bool FindPath(int root, out int depth)
    {
        depth = 0;
        pathNode[0] = root;
        while (true)
        {
            var node = pathNode[depth];
            if (node >= taskCount)
            {
                var edge = node - taskCount;
                if (level[node] + 1 == sinkLevel && capacity[edge] - received[edge] > epsilon)
                {
                    return true;
                }
            }
            if (Advance(node, depth))
            {
                depth++;
                continue;
            }
            level[node] = -2;
            if (depth == 0)
            {
                return false;
            }
            depth--;
            var parent = pathNode[depth];
            if (parent < taskCount)
            {
                taskCursor[parent]++;
            }
            else
            {
                edgeCursor[parent - taskCount]++;
            }
        }
    }

    /// <summary>Moves the node's cursor to its next admissible arc and records it; false when none is left.</summary>
    private bool Advance(int node, int depth)
    {
        var next = level[node] + 1;
        if (next >= sinkLevel)
        {
            return false;
        }
        if (node < taskCount)
        {
            for (ref var arc = ref taskCursor[node]; arc < offsets[node + 1]; arc++)
            {
                var edgeNode = taskCount + edges[arc];
                if (level[edgeNode] == next && IsActive(node, arc))
                {
                    pathArc[depth] = arc;
                    pathNode[depth + 1] = edgeNode;
                    return true;
                }
            }
            return false;
        }
        var edge = node - taskCount;
        var entries = entriesOfEdge[edge];
        for (ref var position = ref edgeCursor[edge]; position < entries.Count; position++)
        {
            var entry = entries[position];
            var task = entryTask[entry];
            if (level[task] == next && entryAmount[entry] > epsilon)
            {
                pathArc[depth] = entry;
                pathNode[depth + 1] = task;
                return true;
            }
        }
        return false;
    }

    private double Augment(int depth)
    {
        var root = pathNode[0];
        var last = pathNode[depth] - taskCount;
        var bottleneck = Math.Min(supply[root] - sent[root], capacity[last] - received[last]);
        for (var step = 1; step < depth; step += 2)
        {
            bottleneck = Math.Min(bottleneck, entryAmount[pathArc[step]]);
        }
        sent[root] += bottleneck;
        received[last] += bottleneck;
        for (var step = 0; step < depth; step += 2)
        {
            AddFlow(pathNode[step], edges[pathArc[step]], bottleneck);
            if (step + 1 < depth)
            {
                entryAmount[pathArc[step + 1]] -= bottleneck;
            }
        }
        return bottleneck;
    }

    private void AddFlow(int task, int edge, double amount)
    {
        for (var entry = firstEntryOfTask[task]; entry != None; entry = entryNext[entry])
        {
            if (entryEdge[entry] == edge)
            {
                entryAmount[entry] += amount;
                return;
            }
        }
        if (entryCount == entryTask.Length)
        {
            var size = 2 * entryCount;
            Array.Resize(ref entryTask, size);
            Array.Resize(ref entryEdge, size);
            Array.Resize(ref entryNext, size);
            Array.Resize(ref entryAmount, size);
        }
        var created = entryCount++;
        entryTask[created] = task;
        entryEdge[created] = edge;
        entryAmount[created] = amount;
        entryNext[created] = firstEntryOfTask[task];
        firstEntryOfTask[task] = created;
        entriesOfEdge[edge].Add(created);
    }
}
