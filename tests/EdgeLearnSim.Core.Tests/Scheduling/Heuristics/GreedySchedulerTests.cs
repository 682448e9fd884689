using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;

namespace EdgeLearnSim.Core.Tests.Scheduling.Heuristics;

public class GreedySchedulerTests
{
    private static readonly SchedulerContext Context = new(1);

    [Fact]
    public void Greedy_HandSolved_LptEarliestFinish()
    {
        // Sizes 6, 4, 3, 3 on speeds 2 and 1. LPT order 0,1,2,3:
        // task 0: finish 3 on edge 0, 6 on edge 1 -> edge 0 (makespan 3)
        // task 1: 3+2 = 5 on edge 0, 4 on edge 1 -> edge 1 (makespan 4)
        // task 2: 3+1.5 = 4.5 on edge 0, 4+3 = 7 on edge 1 -> edge 0 (makespan 4.5)
        // task 3: 4.5+1.5 = 6 on edge 0, 7 on edge 1 -> edge 0 (makespan 6)
        var instance = TestInstances.FromSizes([6, 4, 3, 3], [2, 1]);
        var result = new GreedyScheduler().Schedule(instance, Context);
        Assert.Equal([0, 1, 0, 0], result.EdgeOf);
        Assert.Equal(6.0, result.Makespan);
    }

    [Fact]
    public void Greedy_WhenMakespanTies_PrefersEarliestFinish()
    {
        // Speeds 1, 4, 2. Task 0 (size 10) finishes at 10, 2.5, 5 -> edge 1, makespan 2.5. Task 1 (size 2) finishes at
        // 2, 3, 1: edges 0 and 2 both keep makespan 2.5; the earlier finish (edge 2) wins over the lower index.
        var instance = TestInstances.FromSizes([10, 2], [1, 4, 2]);
        var result = new GreedyScheduler().Schedule(instance, Context);
        Assert.Equal([1, 2], result.EdgeOf);
    }

    [Fact]
    public void Greedy_OrdersByCompressedSize_NotByIndex()
    {
        // Index order would put task 0 (small) first on the fast edge; LPT puts task 1 (large) there first.
        var instance = TestInstances.FromSizes([1, 4], [2, 1]);
        var result = new GreedyScheduler().Schedule(instance, Context);
        Assert.Equal(0, result.EdgeOf[1]);
        Assert.Equal(2.0, result.Makespan);
    }
}
