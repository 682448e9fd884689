using EdgeLearnSim.Solvers.LinearProgramming;
using EdgeLearnSim.Solvers.Tests.TestInstances;

namespace EdgeLearnSim.Solvers.Tests.Properties;

/// <summary>
/// What LST's rounding relies on, checked on GLOP's actual output: the point from the pruned LP search is an
/// extreme point, so in every connected component of split tasks and the edges they use there are no more
/// task–edge links than nodes (a pseudo-forest), at most m tasks are split, and the matching never needs the
/// slot-rounding fallback.
/// </summary>
public sealed class ExtremePointPropertyTests
{
    [Fact]
    public void PrunedLpVertex_SplitTasksFormAPseudoForest()
    {
        foreach (var testCase in RandomSmallInstances.Generate(count: 1500, baseSeed: 30_000, maxTasks: 10, maxEdges: 4))
        {
            var instance = testCase.Instance;
            var shares = PrunedLpSearch.Run(instance).Vertex.Shares;

            var n = instance.TaskCount;
            var parent = Enumerable.Range(0, n + instance.EdgeCount).ToArray();
            int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
            var links = new List<(int Task, int Edge)>();
            for (var i = 0; i < n; i++)
            {
                if (shares.WholeEdgeOf(i) >= 0)
                {
                    continue;
                }
                foreach (var share in shares.SharesOf(i))
                {
                    links.Add((i, share.Edge));
                    parent[Find(i)] = Find(n + share.Edge);
                }
            }
            var nodes = links.SelectMany(l => new[] { l.Task, n + l.Edge }).Distinct().GroupBy(Find).ToDictionary(g => g.Key, g => g.Count());
            foreach (var component in links.GroupBy(l => Find(l.Task)))
            {
                Assert.True(component.Count() <= nodes[component.Key], $"{testCase}: component with {component.Count()} links on {nodes[component.Key]} nodes");
            }

            var rounded = PseudoForestRounding.Round(instance, shares);
            Assert.True(rounded.SplitTaskCount <= instance.EdgeCount, $"{testCase}: {rounded.SplitTaskCount} split tasks");
            Assert.False(rounded.UsedSlotRounding, $"{testCase}: GLOP's point needed the slot-rounding fallback");
        }
    }
}
