using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Solvers.Bounds;
using EdgeLearnSim.Solvers.Tests.TestInstances;

namespace EdgeLearnSim.Solvers.Tests.Bounds;

/// <summary>
/// The LP bound against an independent T*: for related machines LP(T) is feasible iff a maximum flow
/// (source → task i with capacity s_i, task → edge j where V_ij ≤ T, edge j → sink with capacity T·B_j)
/// saturates every task (docs/model.md), so bisection over T with a plain max-flow finds T* without any LP.
/// </summary>
public sealed class LowerBoundsTests
{
    [Fact]
    public void LowerBound_EqualsTheMaxFlowThreshold_OnRelatedInstances()
    {
        foreach (var testCase in RandomSmallInstances.Generate(count: 600, baseSeed: 70_000).Where(c => c.Instance.Related is not null))
        {
            var expected = FlowThreshold(testCase.Instance);

            var bound = LowerBounds.Compute(testCase.Instance);

            Assert.True(bound <= expected * (1 + 1e-12), $"{testCase}: LB {bound:R} above T* {expected:R}");
            Assert.True(bound >= expected * (1 - 1e-8), $"{testCase}: LB {bound:R} well below T* {expected:R}");
        }
    }

    [Fact]
    public void LowerBound_IsAtLeastTheLargestShortestTime()
    {
        // One huge task that can only go to a slow edge dominates the averaged load.
        var instance = RelatedInstances.Create([100, 1, 1], [1, 10], [[0], null, null]);

        Assert.Equal(100, LowerBounds.Compute(instance));
    }

    [Fact]
    public void LowerBound_IsZeroWithoutTasks()
    {
        Assert.Equal(0, LowerBounds.Compute(RelatedInstances.Create([], [1, 2])));
    }

    private static double FlowThreshold(ISchedulingInstance instance)
    {
        var related = instance.Related!;
        var low = 0.0;
        var high = Enumerable.Range(0, instance.TaskCount).Sum(i => instance.ProcessingTime(i, instance.EligibleEdges(i)[0]));
        while (high - low > 1e-12 * high)
        {
            var middle = (low + high) / 2;
            if (FlowSaturates(instance, related, middle))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }
        return high;
    }

    private static bool FlowSaturates(ISchedulingInstance instance, RelatedMachines related, double threshold)
    {
        var n = instance.TaskCount;
        var m = instance.EdgeCount;
        var source = n + m;
        var sink = source + 1;
        var capacity = new double[sink + 1, sink + 1];
        var demand = 0.0;
        for (var i = 0; i < n; i++)
        {
            capacity[source, i] = related.Sizes[i];
            demand += related.Sizes[i];
            foreach (var j in instance.EligibleEdges(i))
            {
                if (instance.ProcessingTime(i, j) <= threshold)
                {
                    capacity[i, n + j] = double.PositiveInfinity;
                }
            }
        }
        for (var j = 0; j < m; j++)
        {
            capacity[n + j, sink] = threshold * related.Speeds[j];
        }
        return MaxFlow(capacity, source, sink) >= demand * (1 - 1e-13);
    }

    private static double MaxFlow(double[,] capacity, int source, int sink)
    {
        var size = capacity.GetLength(0);
        var total = 0.0;
        while (true)
        {
            var parent = Enumerable.Repeat(-1, size).ToArray();
            parent[source] = source;
            var queue = new Queue<int>([source]);
            while (queue.Count > 0 && parent[sink] < 0)
            {
                var u = queue.Dequeue();
                for (var v = 0; v < size; v++)
                {
                    if (parent[v] < 0 && capacity[u, v] > 1e-15)
                    {
                        parent[v] = u;
                        queue.Enqueue(v);
                    }
                }
            }
            if (parent[sink] < 0)
            {
                return total;
            }
            var push = double.PositiveInfinity;
            for (var v = sink; v != source; v = parent[v])
            {
                push = Math.Min(push, capacity[parent[v], v]);
            }
            for (var v = sink; v != source; v = parent[v])
            {
                capacity[parent[v], v] -= push;
                capacity[v, parent[v]] += push;
            }
            total += push;
        }
    }
}
