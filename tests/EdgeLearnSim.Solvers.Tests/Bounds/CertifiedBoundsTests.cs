using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Solvers.Bounds;
using EdgeLearnSim.Solvers.ConstraintProgramming;
using EdgeLearnSim.Solvers.Tests.TestInstances;

namespace EdgeLearnSim.Solvers.Tests.Bounds;

/// <summary>
/// Every certified bound (flow, Lagrangian, CP-SAT, their composition, integer rounding) stays ≤ OPT: against brute
/// force on thousands of small random instances (related with eligibility and unrelated, integer and real times) and
/// against CP-SAT optima on a few hundred larger ones; and the integer-aware bounds do close the gaps that the
/// flow bound cannot.
/// </summary>
public sealed class CertifiedBoundsTests
{
    private static readonly SchedulerContext Context = new(Seed: 3);

    [Fact]
    public void EveryBound_StaysAtOrBelowTheBruteForceOptimum()
    {
        var loose = 0;
        var lagrangianTighter = 0;
        var closed = 0;
        foreach (var testCase in RandomSmallInstances.Generate(count: 3000, baseSeed: 90_000, maxTasks: 9))
        {
            var instance = testCase.Instance;
            var optimum = BruteForceOptimum.Makespan(instance);
            var flow = LowerBounds.Compute(instance);
            var heuristic = new LocalSearchScheduler().Schedule(instance, Context).Makespan;

            var lagrangian = LagrangianBound.Compute(instance, flow, heuristic);
            // An upper end just above OPT makes the bisection probe trials on both sides of OPT, the hardest test.
            var probing = LagrangianBound.Compute(instance, flow, optimum * (1 + 1e-7));
            var certified = LowerBounds.Certify(instance, LowerBounds.MethodNames);

            Assert.True(lagrangian <= optimum, $"{testCase}: Lagrangian {lagrangian:R} > OPT {optimum:R}");
            Assert.True(probing <= optimum, $"{testCase}: Lagrangian near OPT {probing:R} > OPT {optimum:R}");
            Assert.True(certified.Value <= optimum, $"{testCase}: {certified} > OPT {optimum:R}");
            Assert.True(lagrangian >= flow && certified.Value >= flow, $"{testCase}: a composed bound below flow {flow:R}");
            if (flow < optimum * (1 - 1e-6))
            {
                loose++;
                lagrangianTighter += lagrangian > flow * (1 + 1e-6) ? 1 : 0;
                closed += certified.Value >= optimum * (1 - 1e-6) ? 1 : 0;
            }
        }
        // Where the flow bound is loose, the Lagrangian must tighten it on most instances, and the composition
        // (CP-SAT solves these tiny instances outright) must reach OPT on all.
        Assert.True(lagrangianTighter >= 0.6 * loose && closed == loose, $"of {loose} loose flow bounds, Lagrangian tightened {lagrangianTighter}, composition closed {closed}");
    }

    [Fact]
    public void CpSatBound_StaysAtOrBelowTheBruteForceOptimum_AndReachesItWhenSolved()
    {
        foreach (var testCase in RandomSmallInstances.Generate(count: 400, baseSeed: 91_000, maxTasks: 9))
        {
            var optimum = BruteForceOptimum.Makespan(testCase.Instance);

            var bound = CpSatBound.Compute(testCase.Instance, LowerBounds.Compute(testCase.Instance));

            Assert.True(bound <= optimum, $"{testCase}: CP-SAT bound {bound:R} > OPT {optimum:R}");
            Assert.True(bound >= optimum * (1 - 1e-6), $"{testCase}: CP-SAT bound {bound:R} far below OPT {optimum:R} on a tiny instance");
        }
    }

    [Fact]
    public void EveryBound_StaysAtOrBelowTheCpSatOptimum_OnLargerInstances()
    {
        var exact = new ExactScheduler(deterministicTime: 0.5);
        var proved = 0;
        foreach (var testCase in RandomSmallInstances.Generate(count: 200, baseSeed: 92_000, maxTasks: 16, maxEdges: 4))
        {
            var instance = testCase.Instance;
            var result = exact.Schedule(instance, Context);
            if (result.Exit != ExitReason.ProvedOptimal)
            {
                continue;
            }
            proved++;
            // Proved optimal: OPT ≤ makespan, and the makespan exceeds OPT by at most the scaling error (none on integral instances).
            var flow = LowerBounds.Compute(instance);
            var lagrangian = LagrangianBound.Compute(instance, flow, result.Makespan * (1 + 1e-6));
            var certified = LowerBounds.Certify(instance, [LowerBounds.FlowMethod, LowerBounds.LagrangianMethod]);

            Assert.True(flow <= result.Makespan, $"{testCase}: flow {flow:R} > OPT {result.Makespan:R}");
            Assert.True(lagrangian <= result.Makespan, $"{testCase}: Lagrangian {lagrangian:R} > OPT {result.Makespan:R}");
            Assert.True(certified.Value <= result.Makespan, $"{testCase}: {certified} > OPT {result.Makespan:R}");
            Assert.True(result.ProvenLowerBound <= result.Makespan, $"{testCase}: exact's bound {result.ProvenLowerBound:R} > OPT {result.Makespan:R}");
        }
        Assert.True(proved >= 150, $"CP-SAT proved only {proved} of 200 optima");
    }

    [Fact]
    public void Lagrangian_ClosesTheGap_WhenTasksCannotSplit()
    {
        // Three equal tasks on two equal edges: the flow bound splits a task (2.25); any schedule stacks two (3).
        var instance = RelatedInstances.Create([1.5, 1.5, 1.5], [1, 1]);

        var bound = LowerBounds.Certify(instance, [LowerBounds.FlowMethod, LowerBounds.LagrangianMethod]);

        Assert.Equal(2.25, LowerBounds.Compute(instance), 12);
        Assert.Equal(LowerBounds.LagrangianMethod, bound.Method);
        Assert.InRange(bound.Value, 3 * (1 - (2 * LagrangianBound.RelativeWidth)), 3);
    }

    [Fact]
    public void Certify_RoundsUpToAnInteger_OnIntegralInstances()
    {
        // Three tasks of 3 on two equal edges: flow bound 4.5, rounded to 5; tasks cannot split, so OPT = 6.
        var integral = new DenseUnrelatedInstance(new double[,] { { 3, 3 }, { 3, 3 }, { 3, 3 } });

        var flowOnly = LowerBounds.Certify(integral, [LowerBounds.FlowMethod]);
        var withLagrangian = LowerBounds.Certify(integral, [LowerBounds.FlowMethod, LowerBounds.LagrangianMethod]);

        Assert.Equal(4.5, LowerBounds.Compute(integral), 9);
        Assert.Equal(new CertifiedBound(5, LowerBounds.FlowMethod), flowOnly);
        Assert.Equal(new CertifiedBound(6, LowerBounds.LagrangianMethod), withLagrangian);
        Assert.Equal(6, BruteForceOptimum.Makespan(integral));
    }

    [Fact]
    public void IntegralTimes_RoundUp_ToleratesRoundingJustAboveAnInteger()
    {
        Assert.Equal(7, IntegralTimes.RoundUp(7));
        Assert.Equal(7, IntegralTimes.RoundUp(7 * (1 + 1e-15)));
        Assert.Equal(8, IntegralTimes.RoundUp(7.001));
        Assert.False(IntegralTimes.AreIntegral(RelatedInstances.Create([1, 2], [3])));
        Assert.True(IntegralTimes.AreIntegral(RelatedInstances.Create([3, 6], [3])));
    }

    [Fact]
    public void Certify_RejectsAnUnknownMethod_AndNamesTheValidOnes()
    {
        var instance = RelatedInstances.Create([1, 2], [1]);

        var error = Assert.Throws<UnknownNameException>(() => LowerBounds.Certify(instance, ["flow", "lagrange"]));

        Assert.Contains("'lagrange' (did you mean 'lagrangian'?)", error.Message, StringComparison.Ordinal);
        Assert.Contains("flow, lagrangian, cp-sat", error.Message, StringComparison.Ordinal);
        Assert.Equal(["flow", "lagrangian", "cp-sat"], LowerBounds.MethodNames);
    }

    [Fact]
    public void DefaultMethods_AddTheExpensiveBoundsOnlyWithFewTasksPerEdge_AndOnlyFlowAtAMillionTasks()
    {
        var sizes = Enumerable.Range(0, 1_000_000).Select(i => 1.0 + (i % 97)).ToArray();
        var million = RelatedInstances.Create(sizes, [.. Enumerable.Range(1, 100).Select(b => (double)b)]);
        var speeds = Enumerable.Range(1, 10).Select(b => (double)b).ToArray();
        var manyPerEdge = RelatedInstances.Create([.. sizes.Take(100)], speeds);
        var fewPerEdge = RelatedInstances.Create([.. sizes.Take(40)], speeds);
        var manyPairs = RelatedInstances.Create([.. sizes.Take(2_100)], [.. Enumerable.Range(1, 300).Select(b => (double)b)], [.. Enumerable.Range(0, 2_100).Select(i => new[] { i % 300 })]);

        Assert.Equal([LowerBounds.FlowMethod], LowerBounds.DefaultMethods(million));
        Assert.Equal([LowerBounds.FlowMethod], LowerBounds.DefaultMethods(manyPerEdge));
        Assert.Equal(LowerBounds.MethodNames, LowerBounds.DefaultMethods(fewPerEdge));
        Assert.Equal([LowerBounds.FlowMethod, LowerBounds.LagrangianMethod], LowerBounds.DefaultMethods(manyPairs));
    }

    [Fact]
    public void Certify_WithoutTasks_IsZero()
    {
        Assert.Equal(new CertifiedBound(0, LowerBounds.FlowMethod), LowerBounds.Certify(RelatedInstances.Create([], [1, 2]), null));
    }
}
