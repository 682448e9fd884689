using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Solvers.Bounds;

namespace EdgeLearnSim.Solvers.Tests.Conformance;

/// <summary>Every scheduler in <see cref="SchedulerCatalog.Default"/> on every instance of <see cref="ConformanceCorpus"/>.</summary>
public class SchedulerConformanceTests
{
    private const double Rounding = 1e-12;

    // Conformance checks validity, not quality: short budgets keep `exact` and the iterated searches from dominating
    // the suite (on integral R||Cmax instances local-search's default budget is 10x that of the project's instances).
    private static readonly Dictionary<string, SchedulerParameters> ShortBudgets = new()
    {
        ["exact"] = new(new Dictionary<string, double> { ["deterministic-time"] = 0.05 }),
        ["local-search"] = new(new Dictionary<string, double> { ["work"] = 0.05 }),
        ["pipeline-search"] = new(new Dictionary<string, double> { ["work"] = 0.05 }),
    };

    public static TheoryData<string, ConformanceCase> SchedulersAndCases()
    {
        var data = new TheoryData<string, ConformanceCase>();
        foreach (var descriptor in SchedulerCatalog.Default.All)
        {
            foreach (var conformanceCase in ConformanceCorpus.Cases)
            {
                data.Add(descriptor.Name, conformanceCase);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SchedulersAndCases))]
    public void Scheduler_ProducesValidDeterministicBoundedSchedule(string scheduler, ConformanceCase conformanceCase)
    {
        var instance = conformanceCase.Instance;
        var context = new SchedulerContext(Seed: 12345);
        var result = Create(scheduler).Schedule(instance, context);

        // Every task exactly once, on an eligible edge, and in the served order of exactly that edge.
        Assert.Equal(instance.TaskCount, result.EdgeOf.Count);
        Assert.Equal(instance.EdgeCount, result.EdgeOrder.Count);
        var seen = new int[instance.TaskCount];
        for (var j = 0; j < instance.EdgeCount; j++)
        {
            foreach (var i in result.EdgeOrder[j])
            {
                seen[i]++;
                Assert.Equal(j, result.EdgeOf[i]);
            }
        }
        Assert.All(seen, count => Assert.Equal(1, count));
        for (var i = 0; i < instance.TaskCount; i++)
        {
            Assert.Contains(result.EdgeOf[i], instance.EligibleEdges(i).ToArray());
        }

        // The reported makespan is the true one of the assignment.
        var loads = new double[instance.EdgeCount];
        for (var i = 0; i < instance.TaskCount; i++)
        {
            loads[result.EdgeOf[i]] += instance.ProcessingTime(i, result.EdgeOf[i]);
        }
        Assert.Equal(loads.Max(), result.Makespan, Rounding * loads.Max());

        // Never below the lower bound, nor below a known optimum.
        var bound = conformanceCase.LowerBound;
        Assert.True(result.Makespan >= bound * (1 - Rounding), $"makespan {result.Makespan} below LB {bound}");
        if (conformanceCase.KnownOptimum is { } optimum)
        {
            Assert.True(result.Makespan >= optimum * (1 - Rounding), $"makespan {result.Makespan} below OPT {optimum}");
        }

        // Same seed, same result.
        var again = Create(scheduler).Schedule(instance, context);
        Assert.Equal(result.EdgeOf, again.EdgeOf);
        Assert.Equal(result.Makespan, again.Makespan);
    }

    public static TheoryData<ConformanceCase> CasesWithKnownOptimum() =>
        [.. ConformanceCorpus.Cases.Where(c => c.KnownOptimum is not null)];

    [Theory]
    [MemberData(nameof(CasesWithKnownOptimum))]
    public void CertifiedLowerBound_IsAtMostTheKnownOptimum(ConformanceCase conformanceCase)
    {
        var bound = LowerBounds.Certify(conformanceCase.Instance, methods: null);
        Assert.True(bound.Value <= conformanceCase.KnownOptimum, $"{bound.Method} bound {bound.Value} above OPT {conformanceCase.KnownOptimum}");
    }

    private static IScheduler Create(string name) =>
        SchedulerCatalog.Default.Create(name, ShortBudgets.GetValueOrDefault(name));

    [Fact]
    public void Catalog_RegistersThePaperHeuristicsAndOurs()
    {
        foreach (var name in new[] { "random", "greedy", "annealing", "multi-phase", "local-search" })
        {
            Assert.True(SchedulerCatalog.Default.Contains(name), name);
        }
    }
}
