using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Core.Tests.Scheduling.Reference;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Scheduling.Heuristics;

public class MultiPhaseSchedulerTests
{
    private static readonly SchedulerContext Context = new(1);

    [Fact]
    public void MultiPhase_EqualsExhaustiveReference_OnRandomInstances()
    {
        var compared = 0;
        for (var seed = 1; seed <= 1500; seed++)
        {
            var random = new Xoshiro256StarStar(seed, threadSafe: false);
            var topology = (TestTopology)(seed % 3);
            var instance = LptConstructionTests.DrawInstance(random, topology, equalValues: seed % 2 == 0);
            var (expected, changes) = ReferenceMultiPhase.Run(instance);
            var result = new MultiPhaseScheduler().Schedule(instance, Context);
            Assert.True(expected.SequenceEqual(result.EdgeOf), $"seed {seed} ({topology}) differs from the reference");
            Assert.Equal(changes, result.Iterations);
            compared++;
        }
        Assert.Equal(1500, compared);
    }

    [Fact]
    public void MultiPhase_PhaseOneThenMove_HandSolved()
    {
        // Speeds 2, 1; sizes 4, 4, 2, 1. Phase 1 puts every task on the faster edge 0: loads (5.5, 0).
        // c = 0, C = 5.5: moving task 0 or 1 gives max(3.5, 4) = 4, task 2 max(4.5, 2), task 3 max(5, 1);
        // the tie goes to task 0: loads (3.5, 4). Then c = 1, C = 4: the only move is back (5.5); swaps of task 0
        // with 1, 2, 3 give 4, 4.5, 5, none below 4. Stop at 4 after one change.
        var instance = TestInstances.FromSizes([4, 4, 2, 1], [2, 1]);
        var result = new MultiPhaseScheduler().Schedule(instance, Context);
        Assert.Equal([1, 0, 0, 0], result.EdgeOf);
        Assert.Equal(4.0, result.Makespan);
        Assert.Equal(1, result.Iterations);
    }

    [Fact]
    public void MultiPhase_SwapWhenNoMoveHelps_HandSolved()
    {
        // Equal speeds; sizes 6, 5, 3, 4 in index order. Phase 1 (ties: lower load, then lower index):
        // 6 -> e0 (6, 0); 5 -> e1 (6, 5); 3 -> e1 (6, 8); 4 -> e0 (10, 8).
        // c = 0, C = 10: moves give 14 and 12. Swaps: (0,1) -> max(9, 9), (0,2) -> 11, (3,1) -> 11, (3,2) -> max(9, 9).
        // Ties at 9 go to the lowest task index: swap tasks 0 and 1 -> e0 = {3, 1} = 9, e1 = {0, 2} = 9.
        // Then c = 0, C = 9: moves 13, 14; swaps 11, 10, 10, 11: stop.
        var instance = TestInstances.FromSizes([6, 5, 3, 4], [1, 1]);
        var result = new MultiPhaseScheduler().Schedule(instance, Context);
        Assert.Equal([1, 0, 1, 0], result.EdgeOf);
        Assert.Equal(9.0, result.Makespan);
        Assert.Equal(1, result.Iterations);
    }

    [Fact]
    public void MultiPhase_PhaseOne_UsesFastestEligibleEdge()
    {
        // Task 0 may use only edge 1; task 1 goes to the fastest edge 0; task 0 cannot leave the busiest edge.
        var instance = TestInstances.FromSizes([3, 1], [4, 1, 2], [[1], [0, 1, 2]]);
        var result = new MultiPhaseScheduler().Schedule(instance, Context);
        Assert.Equal(1, result.EdgeOf[0]);
        Assert.Equal(3.0, result.Makespan);
    }

    [Fact]
    public void MultiPhase_ResultIsLocallyOptimal_OnRandomInstances()
    {
        // Independent check of the stopping rule: no move or swap off a most loaded edge lowers the pair below C.
        foreach (var topology in Enum.GetValues<TestTopology>())
        {
            for (var seed = 0; seed < 40; seed++)
            {
                var instance = TestInstances.Random(30, 4, topology, seed);
                var result = new MultiPhaseScheduler().Schedule(instance, Context);
                var loads = EdgeLearnSim.Core.Scheduling.Assignments.Loads(instance, result.EdgeOf);
                var c = Array.IndexOf(loads, loads.Max());
                var makespan = loads[c];
                for (var i = 0; i < instance.TaskCount; i++)
                {
                    if (result.EdgeOf[i] != c)
                    {
                        continue;
                    }
                    for (var k = 0; k < instance.EdgeCount; k++)
                    {
                        if (k != c)
                        {
                            var move = Math.Max(loads[c] - instance.ProcessingTime(i, c), loads[k] + instance.ProcessingTime(i, k));
                            Assert.True(move >= makespan * (1 - 1e-12), $"move {i}->{k} improves");
                        }
                    }
                    for (var l = 0; l < instance.TaskCount; l++)
                    {
                        var k = result.EdgeOf[l];
                        if (k == c)
                        {
                            continue;
                        }
                        var swap = Math.Max(
                            loads[c] - instance.ProcessingTime(i, c) + instance.ProcessingTime(l, c),
                            loads[k] - instance.ProcessingTime(l, k) + instance.ProcessingTime(i, k));
                        Assert.True(swap >= makespan * (1 - 1e-12), $"swap {i}<->{l} improves");
                    }
                }
            }
        }
    }
}
