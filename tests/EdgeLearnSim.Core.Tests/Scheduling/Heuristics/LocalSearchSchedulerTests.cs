using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Scheduling.Heuristics;

public class LocalSearchSchedulerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void LocalSearch_NeverWorseThanGreedy_NorBelowOptimum_OnSmallInstances(int destroy)
    {
        var random = new Xoshiro256StarStar(41, threadSafe: false);
        var optimal = 0;
        for (var trial = 0; trial < 400; trial++)
        {
            var instance = TestInstances.Random(random.Next(1, 8), random.Next(1, 4), (TestTopology)(trial % 3), trial);
            var greedy = new GreedyScheduler().Schedule(instance, new SchedulerContext(1));
            var result = new LocalSearchScheduler(destroy: destroy).Schedule(instance, new SchedulerContext((ulong)trial));
            var optimum = BruteForce.OptimalMakespan(instance);
            Assert.True(result.Makespan <= greedy.Makespan, $"trial {trial}: worse than its greedy start");
            Assert.True(result.Makespan >= optimum * (1 - 1e-12), $"trial {trial}: below OPT");
            if (result.Makespan <= optimum * (1 + 1e-12))
            {
                optimal++;
            }
        }
        // Not a guarantee, but a local search with swaps should be optimal on nearly all tiny instances.
        Assert.True(optimal >= 380, $"optimal on only {optimal} of 400");
    }

    [Fact]
    public void LocalSearch_MeetsGapGoal_OnSeededPaperInstances()
    {
        // The goal (mean gap to LB ≤ 0.1%) on fully connected and one-to-more paper instances (m = 10).
        // One-to-one instances are excluded: there OPT itself is often well above LB (brute force on the flexible
        // tasks shows the search optimal while the gap stays at 2-3%).
        foreach (var topology in new[] { TestTopology.FullyConnected, TestTopology.OneToMore })
        {
            var gaps = new List<double>();
            for (var seed = 0; seed < 5; seed++)
            {
                var instance = TestInstances.Random(300, 10, topology, 500 + seed);
                var bound = RelatedLowerBound.Compute(instance);
                var result = new LocalSearchScheduler().Schedule(instance, new SchedulerContext((ulong)seed));
                Assert.Null(result.ProvenLowerBound);
                gaps.Add(100 * (result.Makespan - bound) / bound);
            }
            Assert.True(gaps.Average() <= 0.1, $"{topology}: mean gap {gaps.Average():F4}%");
        }
    }

    [Fact]
    public void LocalSearch_StopsAtTheLowerBound()
    {
        // Four equal tasks on two equal edges: greedy is already optimal and equal to LB = 2.
        var instance = TestInstances.FromSizes([1, 1, 1, 1], [1, 1]);
        var result = new LocalSearchScheduler().Schedule(instance, new SchedulerContext(3));
        Assert.Equal(2.0, result.Makespan);
        Assert.Equal(ExitReason.Completed, result.Exit);
        Assert.Equal(0, result.Iterations);
    }

    [Fact]
    public void LocalSearch_OnSmallIntegerUnrelatedInstances_IsOptimalAsOftenAsBruteForceAllows()
    {
        var random = new Xoshiro256StarStar(43, threadSafe: false);
        var optimal = 0;
        for (var trial = 0; trial < 300; trial++)
        {
            var (n, m) = (random.Next(2, 9), random.Next(2, 5));
            var instance = new UnrelatedInstance(n, m, [.. Enumerable.Range(0, n * m).Select(_ => (double)random.Next(1, 30))]);
            var result = new LocalSearchScheduler().Schedule(instance, new SchedulerContext((ulong)trial));
            var optimum = BruteForce.OptimalMakespan(instance);
            Assert.True(result.Makespan >= optimum, $"trial {trial}: below OPT");
            Assert.Equal(Assignments.Loads(instance, result.EdgeOf).Max(), result.Makespan);
            optimal += result.Makespan == optimum ? 1 : 0;
        }
        // The excess-minimising tabu phase finds the optimum of nearly every tiny instance.
        Assert.True(optimal >= 295, $"optimal on only {optimal} of 300");
    }

    [Fact]
    public void LocalSearch_SameSeed_SameAssignment_OnRelatedAndUnrelatedInstances()
    {
        var random = new Xoshiro256StarStar(44, threadSafe: false);
        ISchedulingInstance[] instances =
        [
            TestInstances.Random(150, 7, TestTopology.OneToMore, 3),
            new UnrelatedInstance(60, 6, [.. Enumerable.Range(0, 360).Select(_ => (double)random.Next(1, 100))]),
        ];
        foreach (var instance in instances)
        {
            var first = new LocalSearchScheduler(work: 0.2).Schedule(instance, new SchedulerContext(9));
            var second = new LocalSearchScheduler(work: 0.2).Schedule(instance, new SchedulerContext(9));
            Assert.Equal(first.EdgeOf, second.EdgeOf);
            Assert.Equal(first.Iterations, second.Iterations);
        }
    }

    [Fact]
    public void LocalSearch_Work_ScalesTheBudget()
    {
        Assert.Equal(2 * new LocalSearchScheduler().EvaluationBudget(1_000, true), new LocalSearchScheduler(work: 2).EvaluationBudget(1_000, true));
        Assert.Equal(2e7, new LocalSearchScheduler().EvaluationBudget(1_000, true));
        Assert.Equal(2e7, new LocalSearchScheduler().EvaluationBudget(10_000, false));
        Assert.Equal(2e6, new LocalSearchScheduler().EvaluationBudget(1, true));
        Assert.Equal(2e8, new LocalSearchScheduler().EvaluationBudget(10_000_000_000, false));
        Assert.Equal(4e8, new LocalSearchScheduler().EvaluationBudget(10_000_000_000, true));
        var random = new Xoshiro256StarStar(45, threadSafe: false);
        var instance = new UnrelatedInstance(200, 10, [.. Enumerable.Range(0, 2000).Select(_ => (double)random.Next(1, 1000))]);
        var cut = new LocalSearchScheduler(work: 1e-3).Schedule(instance, new SchedulerContext(2));
        Assert.Equal(ExitReason.DeterministicLimit, cut.Exit);
        // Not monotone in general (another budget is another trajectory), but far more work must beat almost none.
        var makespans = new[] { 0.05, 1 }.Select(work => new LocalSearchScheduler(work: work).Schedule(instance, new SchedulerContext(2)).Makespan);
        Assert.All(makespans, makespan => Assert.True(makespan < cut.Makespan, $"{makespan} not below {cut.Makespan}"));
    }

    [Fact]
    public void LocalSearch_WorkLimit_IsReportedAsDeterministicLimit()
    {
        var instance = TestInstances.Random(200, 10, TestTopology.FullyConnected, 9);
        var first = new LocalSearchScheduler(work: 1e-4).Schedule(instance, new SchedulerContext(5));
        var second = new LocalSearchScheduler(work: 1e-4).Schedule(instance, new SchedulerContext(5));
        Assert.Equal(ExitReason.DeterministicLimit, first.Exit);
        Assert.Equal(first.EdgeOf, second.EdgeOf);
    }
}
