namespace EdgeLearnSim.Core.Tests.Scheduling.Reference;

/// <summary>
/// A compact Dinic maximum-flow solver over real capacities (no flow library is available to Core). Arcs are
/// added once; <see cref="SetCapacity"/> and <see cref="Run"/> may then be repeated, each run starting from zero
/// flow. Residual capacities at or below <see cref="Epsilon"/> count as saturated. Iterative, so deep residual
/// paths cannot overflow the stack.
/// </summary>
internal sealed class ReferenceMaxFlowNetwork
{
    private readonly int nodeCount;
    private readonly List<int> target = [];
    private readonly List<double> capacity = [];
    private readonly List<int> nextArc = [];
    private readonly int[] firstArc;
    private double[] residual = [];
    private int[] targets = [];
    private int[] nexts = [];
    private readonly int[] level;
    private readonly int[] current;
    private readonly int[] queue;

    public ReferenceMaxFlowNetwork(int nodeCount, double epsilon)
    {
        this.nodeCount = nodeCount;
        Epsilon = epsilon;
        firstArc = new int[nodeCount];
        Array.Fill(firstArc, -1);
        level = new int[nodeCount];
        current = new int[nodeCount];
        queue = new int[nodeCount];
    }

    public double Epsilon { get; }

    /// <summary>Adds an arc and its reverse; returns the arc's index for <see cref="SetCapacity"/>.</summary>
    public int AddArc(int from, int to, double arcCapacity)
    {
        var arc = target.Count;
        target.Add(to);
        capacity.Add(arcCapacity);
        nextArc.Add(firstArc[from]);
        firstArc[from] = arc;
        target.Add(from);
        capacity.Add(0);
        nextArc.Add(firstArc[to]);
        firstArc[to] = arc + 1;
        return arc;
    }

    public void SetCapacity(int arc, double arcCapacity) => capacity[arc] = arcCapacity;

    /// <summary>The maximum flow value from <paramref name="source"/> to <paramref name="sink"/>, from zero flow.</summary>
    public double Run(int source, int sink)
    {
        if (targets.Length != target.Count)
        {
            targets = [.. target];
            nexts = [.. nextArc];
        }
        residual = [.. capacity];
        var flow = 0.0;
        while (BuildLevels(source, sink))
        {
            Array.Copy(firstArc, current, nodeCount);
            flow += BlockingFlow(source, sink);
        }
        return flow;
    }

    /// <summary>After <see cref="Run"/>: whether <paramref name="node"/> is reachable from the source in the residual graph.</summary>
    public bool OnSourceSide(int node) => level[node] >= 0;

    private bool BuildLevels(int source, int sink)
    {
        Array.Fill(level, -1);
        level[source] = 0;
        var head = 0;
        var tail = 0;
        queue[tail++] = source;
        while (head < tail)
        {
            var node = queue[head++];
            for (var arc = firstArc[node]; arc >= 0; arc = nexts[arc])
            {
                var next = targets[arc];
                if (level[next] < 0 && residual[arc] > Epsilon)
                {
                    level[next] = level[node] + 1;
                    queue[tail++] = next;
                }
            }
        }
        return level[sink] >= 0;
    }

    private double BlockingFlow(int source, int sink)
    {
        var total = 0.0;
        var path = new List<int>();
        var node = source;
        while (true)
        {
            if (node == sink)
            {
                var bottleneck = double.PositiveInfinity;
                foreach (var arc in path)
                {
                    bottleneck = Math.Min(bottleneck, residual[arc]);
                }
                foreach (var arc in path)
                {
                    residual[arc] -= bottleneck;
                    residual[arc ^ 1] += bottleneck;
                }
                total += bottleneck;
                path.Clear();
                node = source;
                continue;
            }
            var advanced = false;
            for (; current[node] >= 0; current[node] = nexts[current[node]])
            {
                var arc = current[node];
                var next = targets[arc];
                if (residual[arc] > Epsilon && level[next] == level[node] + 1)
                {
                    path.Add(arc);
                    node = next;
                    advanced = true;
                    break;
                }
            }
            if (advanced)
            {
                continue;
            }
            if (node == source)
            {
                return total;
            }
            // A dead end: no augmenting path continues through this node in this level graph.
            level[node] = -2;
            var back = path[^1];
            path.RemoveAt(path.Count - 1);
            node = targets[back ^ 1];
            current[node] = nexts[current[node]];
        }
    }
}
