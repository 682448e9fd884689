using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Solvers.Bounds;
using EdgeLearnSim.Solvers.ConstraintProgramming;
using EdgeLearnSim.Solvers.LinearProgramming;
using EdgeLearnSim.Solvers.Tests.TestInstances;

namespace EdgeLearnSim.Solvers.Tests.Properties;

/// <summary>
/// The schedulers' guarantees (docs/schedulers.md) on thousands of small random instances, against OPT by brute force (cheap and
/// independent of OR-Tools) and, on a few hundred, against CP-SAT.
/// </summary>
public sealed class SmallInstancePropertyTests
{
    private const double Tolerance = 1e-9;
    private static readonly SchedulerContext Context = new(Seed: 1);

    [Fact]
    public void Lst_StaysWithinTwiceOptimum_AndBoundsStayBelowOptimum()
    {
        var lst = new LstScheduler();
        var lpRounding = new LpRoundingScheduler();
        foreach (var testCase in RandomSmallInstances.Generate(count: 3000, baseSeed: 10_000))
        {
            var optimum = BruteForceOptimum.Makespan(testCase.Instance);
            var lstResult = lst.Schedule(testCase.Instance, Context);
            var lpResult = lpRounding.Schedule(testCase.Instance, Context);
            var bound = LowerBounds.Compute(testCase.Instance);

            Assert.True(lstResult.Makespan <= 2 * optimum * (1 + Tolerance), $"{testCase}: lst {lstResult.Makespan} > 2·OPT {2 * optimum}");
            Assert.True(lstResult.Makespan >= optimum * (1 - Tolerance), $"{testCase}: lst {lstResult.Makespan} below OPT {optimum}");
            Assert.True(bound <= optimum, $"{testCase}: LB {bound:R} > OPT {optimum:R}");
            // Related instances get the bound from max-flow/prefix code, the others from the same LP search as lst:
            // two independent routes to T* that must agree.
            Assert.True(Math.Abs(bound - lstResult.ProvenLowerBound!.Value) <= 1e-8 * bound, $"{testCase}: LB {bound:R} vs lst's T* {lstResult.ProvenLowerBound:R}");
            Assert.True(lstResult.ProvenLowerBound <= optimum, $"{testCase}: lst's T* {lstResult.ProvenLowerBound:R} > OPT {optimum:R}");
            Assert.True(lpResult.ProvenLowerBound <= bound * (1 + Tolerance), $"{testCase}: plain LP {lpResult.ProvenLowerBound} above pruned LP bound {bound}");
            Assert.True(lpResult.Makespan >= optimum * (1 - Tolerance), $"{testCase}: lp-rounding {lpResult.Makespan} below OPT {optimum}");
        }
    }

    [Fact]
    public void Exact_MatchesBruteForce_AndBeatsEveryOtherScheduler()
    {
        var exact = new ExactScheduler();
        var others = SchedulerCatalog.Default.All
            .Where(d => d.Name != ExactScheduler.Descriptor.Name)
            .Select(d => d.Create(SchedulerParameters.None))
            .ToArray();
        foreach (var testCase in RandomSmallInstances.Generate(count: 300, baseSeed: 50_000))
        {
            var optimum = BruteForceOptimum.Makespan(testCase.Instance);
            var result = exact.Schedule(testCase.Instance, Context);

            Assert.Equal(ExitReason.ProvedOptimal, result.Exit);
            Assert.True(Math.Abs(result.Makespan - optimum) <= 1e-6 * optimum, $"{testCase}: exact {result.Makespan:R} vs OPT {optimum:R}");
            Assert.True(result.ProvenLowerBound <= optimum, $"{testCase}: CP-SAT bound {result.ProvenLowerBound:R} > OPT {optimum:R}");
            Assert.True(result.ProvenLowerBound >= optimum * (1 - 1e-6), $"{testCase}: CP-SAT bound {result.ProvenLowerBound:R} far below OPT {optimum:R}");
            foreach (var other in others)
            {
                var makespan = other.Schedule(testCase.Instance, Context).Makespan;
                Assert.True(result.Makespan <= makespan * (1 + 1e-6), $"{testCase}: exact {result.Makespan:R} > {other.Name} {makespan:R}");
            }
        }
    }
}
