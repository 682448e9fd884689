using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Scheduling.Heuristics;

public class CriticalEdgeSearchTests
{
    [Fact]
    public void CriticalEdgeSearch_LoadsMatchRecomputation_OverRandomMoveAndSwapSequences()
    {
        var random = new Xoshiro256StarStar(31, threadSafe: false);
        for (var sequence = 0; sequence < 2_000; sequence++)
        {
            var topology = (TestTopology)(sequence % 3);
            var instance = TestInstances.Random(random.Next(2, 25), random.Next(1, 6), topology, sequence);
            var times = new TaskEdgeTimes(instance);
            var edgeOf = Enumerable.Range(0, instance.TaskCount)
                .Select(i => instance.EligibleEdges(i)[random.Next(instance.EligibleEdges(i).Length)]).ToArray();
            var search = new CriticalEdgeSearch(instance, times, edgeOf);
            for (var step = 0; step < 25; step++)
            {
                var task = random.Next(instance.TaskCount);
                if (random.NextDouble() < 0.5)
                {
                    var eligible = instance.EligibleEdges(task);
                    search.Move(task, eligible[random.Next(eligible.Length)]);
                }
                else
                {
                    var partner = random.Next(instance.TaskCount);
                    var (a, b) = (search.Tasks.EdgeOf[task], search.Tasks.EdgeOf[partner]);
                    if (a != b && instance.EligibleEdges(task).Contains(b) && instance.EligibleEdges(partner).Contains(a))
                    {
                        search.Swap(task, partner);
                    }
                }
                var expected = Assignments.Loads(instance, search.Tasks.ToArray());
                for (var j = 0; j < expected.Length; j++)
                {
                    Assert.Equal(expected[j], search.Loads[j], 1e-9 * (1 + expected[j]));
                }
                Assert.Equal(expected.Max(), search.Loads.Max, 1e-9 * (1 + expected.Max()));
            }
            // Restore recomputes from scratch: exact loads again.
            search.Restore(edgeOf);
            Assert.Equal(Assignments.Loads(instance, edgeOf), Enumerable.Range(0, instance.EdgeCount).Select(j => search.Loads[j]));
        }
    }

    [Fact]
    public void CriticalEdgeSearch_BestMoveAndSwap_MatchExhaustiveSearch()
    {
        var random = new Xoshiro256StarStar(32, threadSafe: false);
        for (var trial = 0; trial < 500; trial++)
        {
            var instance = TestInstances.Random(random.Next(2, 20), random.Next(2, 5), (TestTopology)(trial % 3), trial);
            var edgeOf = Enumerable.Range(0, instance.TaskCount)
                .Select(i => instance.EligibleEdges(i)[random.Next(instance.EligibleEdges(i).Length)]).ToArray();
            var search = new CriticalEdgeSearch(instance, new TaskEdgeTimes(instance), edgeOf);
            var loads = Assignments.Loads(instance, edgeOf);
            var c = search.Loads.MaxEdge;
            var expectedMove = (Value: double.PositiveInfinity, Task: -1, Edge: -1);
            var expectedSwap = (Value: double.PositiveInfinity, Task: -1, Partner: -1);
            for (var i = 0; i < instance.TaskCount; i++)
            {
                if (edgeOf[i] != c)
                {
                    continue;
                }
                for (var k = 0; k < instance.EdgeCount; k++)
                {
                    var value = Math.Max(loads[c] - instance.ProcessingTime(i, c), loads[k] + instance.ProcessingTime(i, k));
                    if (k != c && value < expectedMove.Value)
                    {
                        expectedMove = (value, i, k);
                    }
                }
                for (var l = 0; l < instance.TaskCount; l++)
                {
                    var k = edgeOf[l];
                    var value = Math.Max(
                        loads[c] - instance.ProcessingTime(i, c) + instance.ProcessingTime(l, c),
                        loads[k] - instance.ProcessingTime(l, k) + instance.ProcessingTime(i, k));
                    if (k != c && (value < expectedSwap.Value || (value == expectedSwap.Value && expectedSwap.Partner >= 0 && (i, k, l).CompareTo((expectedSwap.Task, edgeOf[expectedSwap.Partner], expectedSwap.Partner)) < 0)))
                    {
                        expectedSwap = (value, i, l);
                    }
                }
            }
            var move = search.BestMove(c);
            var swap = search.BestSwap(c);
            Assert.Equal(expectedMove.Value, move.Value, 1e-9);
            Assert.Equal(expectedSwap.Value, swap.Value, 1e-9);
            if (!double.IsPositiveInfinity(expectedMove.Value))
            {
                Assert.Equal((expectedMove.Task, expectedMove.Edge), (move.Task, move.Edge));
            }
            if (!double.IsPositiveInfinity(expectedSwap.Value))
            {
                Assert.Equal((expectedSwap.Task, expectedSwap.Partner), (swap.Task, swap.Partner));
                var restricted = search.BestSwap(c, [.. Enumerable.Range(0, instance.EdgeCount).Where(j => j != c)]);
                Assert.Equal((swap.Value, swap.Task, swap.Partner), restricted);
            }
        }
    }
}
