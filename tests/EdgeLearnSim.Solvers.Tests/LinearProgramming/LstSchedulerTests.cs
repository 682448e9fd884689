using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Solvers.LinearProgramming;
using EdgeLearnSim.Solvers.Tests.TestInstances;

namespace EdgeLearnSim.Solvers.Tests.LinearProgramming;

public sealed class LstSchedulerTests
{
    [Fact]
    public void Lst_FindsTheBreakpointWhereTheLongTaskMustGoAlone()
    {
        // Speeds 1 and 1; sizes 4, 1, 1. Plain LP: 3 (split 4 over both). Pruned LP(T) needs T ≥ 4 for task 0,
        // and at T = 4 the rest fits on the other edge: T* = 4 = OPT.
        var instance = RelatedInstances.Create([4, 1, 1], [1, 1]);

        var result = new LstScheduler().Schedule(instance, new SchedulerContext(Seed: 1));

        Assert.Equal(4, result.ProvenLowerBound!.Value, 1e-12);
        Assert.Equal(4, result.Makespan, 1e-12);
        Assert.Equal(ExitReason.Completed, result.Exit);
        Assert.True(result.Iterations >= 1);
    }

    [Fact]
    public void Lst_WhenCancelledBeforeSearching_RoundsThePlainLpAndSaysSo()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var instance = RelatedInstances.Create([4, 1, 1, 2, 3], [1, 2]);

        var result = new LstScheduler().Schedule(instance, new SchedulerContext(Seed: 1, Cancellation: cancellation.Token));

        Assert.Equal(ExitReason.Cancelled, result.Exit);
        Assert.Equal(instance.TaskCount, result.EdgeOf.Count);
        Assert.True(result.ProvenLowerBound <= BruteForceOptimum.Makespan(instance));
    }

    [Fact]
    public void LpSchedulers_HandleAnInstanceWithoutTasks()
    {
        var instance = RelatedInstances.Create([], [1]);
        var context = new SchedulerContext(Seed: 1);

        Assert.Empty(new LstScheduler().Schedule(instance, context).EdgeOf);
        Assert.Empty(new LpRoundingScheduler().Schedule(instance, context).EdgeOf);
    }

    [Fact]
    public void LpRounding_BreaksEqualSharesTowardTheFasterEdge()
    {
        // One task of size 2 on speeds 1 and 1: the LP splits it 1/2–1/2; equal speeds leave edge 0.
        // On speeds 1 and 3 the LP gives 3/4 to the fast edge anyway; the tie rule is checked directly.
        var instance = RelatedInstances.Create([2], [1, 3]);
        var shares = new EdgeShare[] { new(0, 0.5), new(1, 0.5) };

        Assert.Equal(1, LpRoundingScheduler.LargestShareEdge(instance, 0, shares));
        Assert.Equal(0, LpRoundingScheduler.LargestShareEdge(RelatedInstances.Create([2], [1, 1]), 0, shares));
        Assert.Equal(0, LpRoundingScheduler.LargestShareEdge(instance, 0, [new(0, 0.6), new(1, 0.4)]));
    }
}
