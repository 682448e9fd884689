using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Solvers.ConstraintProgramming;
using EdgeLearnSim.Solvers.Tests.TestInstances;

namespace EdgeLearnSim.Solvers.Tests.ConstraintProgramming;

public sealed class ExactSchedulerTests
{
    private static readonly SchedulerContext Context = new(Seed: 7);

    [Fact]
    public void Exact_ProvesOptimum_OnAPartitionThatLongestFirstMisses()
    {
        // Two equal edges, sizes 3,3,2,2,2: longest-first gives 3+2+2 = 7; OPT = 3+3 | 2+2+2 = 6.
        var instance = RelatedInstances.Create([3, 3, 2, 2, 2], [1, 1]);

        var result = new ExactScheduler().Schedule(instance, Context);

        Assert.Equal(ExitReason.ProvedOptimal, result.Exit);
        Assert.Equal(6, result.Makespan, 1e-12);
        Assert.Equal(result.EdgeOf[0], result.EdgeOf[1]);
        Assert.InRange(result.ProvenLowerBound!.Value, 6 * (1 - 1e-9), 6);
    }

    [Fact]
    public void Exact_OnIdenticalEdges_ProvesTheIntegerOptimumExactly_WithLoadsInIndexOrder()
    {
        // Twelve tasks of 5 on five identical edges: flow bound 12, but some edge takes three tasks, so OPT = 15.
        var instance = RelatedInstances.Create([.. Enumerable.Repeat(5.0, 12)], [1, 1, 1, 1, 1]);

        var result = new ExactScheduler().Schedule(instance, Context);
        var loads = Assignments.Loads(instance, result.EdgeOf);

        Assert.Equal(ExitReason.ProvedOptimal, result.Exit);
        Assert.Equal(15, result.Makespan);
        Assert.Equal(15, result.ProvenLowerBound);
        Assert.Equal(loads.OrderByDescending(l => l), loads);
    }

    [Fact]
    public void Exact_SolvesRelatedEdgesWithEligibility()
    {
        // Speeds 2 and 1; sizes 4, 2, 2; the last task reaches only the slow edge.
        // Task 2 costs 2 on edge 1; tasks 0 and 1 on the fast edge cost (4 + 2)/2 = 3; any other split is worse.
        var instance = RelatedInstances.Create([4, 2, 2], [2, 1], [null, null, [1]]);

        var result = new ExactScheduler().Schedule(instance, Context);

        Assert.Equal(ExitReason.ProvedOptimal, result.Exit);
        Assert.Equal(3, result.Makespan, 1e-12);
        Assert.Equal([0, 0, 1], result.EdgeOf);
    }

    [Fact]
    public void Exact_SolvesUnrelatedTimes()
    {
        // Each task is fast on a different edge: the diagonal, makespan 1, is optimal.
        var instance = new DenseUnrelatedInstance(new double[,] { { 1, 5, 5 }, { 5, 1, 5 }, { 5, 5, 1 } });

        var result = new ExactScheduler().Schedule(instance, Context);

        Assert.Equal(ExitReason.ProvedOptimal, result.Exit);
        Assert.Equal([0, 1, 2], result.EdgeOf);
        Assert.Equal(1, result.Makespan);
    }

    [Fact]
    public void Exact_UnderATinyDeterministicBudget_ReturnsAValidScheduleAndMarksTheLimit()
    {
        var sizes = Enumerable.Range(0, 60).Select(i => 100.0 + (i * 7919 % 113)).ToArray();
        var instance = RelatedInstances.Create(sizes, [1, 1.5, 2, 2.5, 3, 3.5, 4]);

        var result = new ExactScheduler(deterministicTime: 1e-4).Schedule(instance, Context);

        Assert.Equal(ExitReason.DeterministicLimit, result.Exit);
        Assert.True(result.ProvenLowerBound <= result.Makespan);
    }

    [Fact]
    public void Exact_IsDeterministic()
    {
        var sizes = Enumerable.Range(0, 14).Select(i => 10.0 + (i * 37 % 17)).ToArray();
        var instance = RelatedInstances.Create(sizes, [1, 2, 3]);

        var first = new ExactScheduler(deterministicTime: 0.05).Schedule(instance, Context);
        var second = new ExactScheduler(deterministicTime: 0.05).Schedule(instance, Context);

        Assert.Equal(first.EdgeOf, second.EdgeOf);
        Assert.Equal(first.ProvenLowerBound, second.ProvenLowerBound);
        Assert.Equal(first.Iterations, second.Iterations);
    }

    [Fact]
    public void Exact_RejectsANonPositiveBudget()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExactScheduler(0));
    }

    [Fact]
    public void Catalog_CreatesExactWithItsDeterministicTimeParameter()
    {
        var parameters = new SchedulerParameters(new Dictionary<string, double> { ["deterministic-time"] = 2 });

        var scheduler = SchedulerCatalog.Default.Create("EXACT", parameters);

        Assert.Equal("exact", scheduler.Name);
        Assert.Throws<ArgumentException>(() => SchedulerCatalog.Default.Create("exact", new SchedulerParameters(new Dictionary<string, double> { ["rounds"] = 2 })));
    }

    [Fact]
    public void Exact_WhenCancelled_ReturnsAValidScheduleMarkedCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var sizes = Enumerable.Range(0, 60).Select(i => 100.0 + (i * 7919 % 113)).ToArray();
        var instance = RelatedInstances.Create(sizes, [1, 1.5, 2, 2.5, 3, 3.5, 4]);

        var result = new ExactScheduler().Schedule(instance, new SchedulerContext(Seed: 1, Cancellation: cancellation.Token));

        Assert.Equal(ExitReason.Cancelled, result.Exit);
        Assert.Equal(instance.TaskCount, result.EdgeOf.Count);
        Assert.True(result.ProvenLowerBound <= result.Makespan);
    }

    [Fact]
    public void Exact_StopsWhenCancelledDuringTheSearch()
    {
        using var cancellation = new CancellationTokenSource();
        var sizes = Enumerable.Range(0, 80).Select(i => 100.0 + (i * 7919 % 113)).ToArray();
        var instance = RelatedInstances.Create(sizes, [1, 1.5, 2, 2.5, 3, 3.5, 4]);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(300));

        var result = new ExactScheduler(deterministicTime: 1000).Schedule(instance, new SchedulerContext(Seed: 1, Cancellation: cancellation.Token));

        Assert.Equal(ExitReason.Cancelled, result.Exit);
        Assert.True(result.ProvenLowerBound <= result.Makespan);
    }
}
