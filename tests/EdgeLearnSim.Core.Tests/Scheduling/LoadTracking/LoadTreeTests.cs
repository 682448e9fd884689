using EdgeLearnSim.Core.Scheduling.LoadTracking;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Scheduling.LoadTracking;

public class LoadTreeTests
{
    [Fact]
    public void LoadTree_MatchesRecomputation_OverRandomUpdateSequences()
    {
        var random = new Xoshiro256StarStar(11, threadSafe: false);
        for (var sequence = 0; sequence < 3_000; sequence++)
        {
            var m = random.Next(1, 20);
            var loads = new double[m];
            for (var j = 0; j < m; j++)
            {
                // Small integers make ties for the maximum common.
                loads[j] = random.Next(0, 5);
            }
            var tree = new LoadTree(loads);
            for (var step = 0; step < 30; step++)
            {
                var edge = random.Next(m);
                loads[edge] += random.Next(-3, 4);
                if (random.NextDouble() < 0.5)
                {
                    tree.Set(edge, loads[edge]);
                }
                else
                {
                    tree.Add(edge, loads[edge] - tree[edge]);
                }
                var expectedMax = loads.Max();
                Assert.Equal(expectedMax, tree.Max);
                Assert.Equal(Array.IndexOf(loads, expectedMax), tree.MaxEdge);
                var first = random.Next(m);
                var second = random.Next(m);
                var others = Enumerable.Range(0, m).Where(j => j != first && j != second).Select(j => loads[j]).ToArray();
                Assert.Equal(others.Length == 0 ? double.NegativeInfinity : others.Max(), tree.MaxExcluding(first, second));
                for (var j = 0; j < m; j++)
                {
                    Assert.Equal(loads[j], tree[j]);
                }
            }
        }
    }

    [Fact]
    public void LoadTree_TiesForTheMaximum_GoToTheLowerIndex()
    {
        var tree = new LoadTree([1.0, 3.0, 2.0, 3.0]);
        Assert.Equal(1, tree.MaxEdge);
        tree.Set(1, 0);
        Assert.Equal(3, tree.MaxEdge);
        tree.Set(0, 3);
        Assert.Equal(0, tree.MaxEdge);
        Assert.Equal(3.0, tree.MaxExcluding(0, 1));
        Assert.Equal(2.0, tree.MaxExcluding(0, 3));
    }

    [Fact]
    public void EdgeTaskLists_MatchAssignment_OverRandomMoves()
    {
        var random = new Xoshiro256StarStar(12, threadSafe: false);
        for (var sequence = 0; sequence < 1_000; sequence++)
        {
            var n = random.Next(1, 30);
            var m = random.Next(1, 6);
            var edgeOf = Enumerable.Range(0, n).Select(_ => random.Next(m)).ToArray();
            var lists = new EdgeTaskLists(m, edgeOf);
            for (var step = 0; step < 20; step++)
            {
                var task = random.Next(n);
                var edge = random.Next(m);
                edgeOf[task] = edge;
                lists.Move(task, edge);
                Assert.Equal(edgeOf, lists.ToArray());
                for (var j = 0; j < m; j++)
                {
                    var expected = Enumerable.Range(0, n).Where(i => edgeOf[i] == j).ToArray();
                    Assert.Equal(expected, lists.TasksOn(j).Order().ToArray());
                }
            }
        }
    }
}
