using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Metrics;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Solvers.LinearProgramming;

namespace EdgeLearnSim.Solvers.Bounds;

/// <summary>
/// The lower bound of docs/model.md for any instance: T* = the smallest T whose pruned LP(T) is feasible, which is
/// at least both the plain LP optimum and max_i min_j V_ij. Related instances (the project's own) use
/// <see cref="RelatedLowerBound"/> (prefix condition or maximum flow, no LP, cheap at 10^6 tasks); general
/// unrelated instances use the GLOP search of <see cref="PrunedLpSearch"/>, certified from its duals. The
/// returned value is ≤ OPT even against makespans summed in doubles, so a gap against it is never negative.
/// <see cref="Certify"/> composes it with the stronger, integer-aware bounds of docs/schedulers.md (Lower bounds).
/// </summary>
public static class LowerBounds
{
    /// <summary>The docs/model.md bound of <see cref="Compute"/> (prefix, flow or LP by instance kind; always reported as <c>flow</c>).</summary>
    public const string FlowMethod = "flow";

    /// <summary>The knapsack Lagrangian bound of <see cref="LagrangianBound"/>.</summary>
    public const string LagrangianMethod = "lagrangian";

    /// <summary>CP-SAT's proven bound under a deterministic budget (<see cref="CpSatBound"/>).</summary>
    public const string CpSatMethod = "cp-sat";

    /// <summary>By default the expensive bounds run only while edges get at most this many eligible tasks on average (Σ|E_i| / m).</summary>
    public const long DefaultMaxTasksPerEdge = 40;

    /// <summary>The method names <see cref="Certify"/> accepts, cheapest first (the values of a scenario's <c>bounds:</c> list).</summary>
    public static IReadOnlyList<string> MethodNames { get; } = [.. LowerBoundCatalog.Default.Names];

    /// <summary>
    /// The methods <see cref="Certify"/> runs when given none: each registered method whose
    /// <see cref="ILowerBoundMethod.RunsByDefault"/> accepts the instance's Σ|E_i| pairs. <c>flow</c> always;
    /// <c>lagrangian</c> and <c>cp-sat</c> only where edges get few tasks (Σ|E_i| ≤ <see cref="DefaultMaxTasksPerEdge"/>·m),
    /// which is where the flow bound is loose and they gain (with many tasks per edge the knapsacks are nearly
    /// fractional and neither moved the bound in our measurements), and only up to
    /// <see cref="LagrangianBoundMethod.DefaultMaxPairs"/> and <see cref="CpSatBoundMethod.DefaultMaxPairs"/> pairs.
    /// At the paper's m = 10 both run when Σ|E_i| ≤ 400: one-to-one up to n ≈ 330, one-to-more up to n ≈ 70, fully
    /// connected up to n = 40; at 10^6 tasks only the cheap flow/prefix bound.
    /// </summary>
    public static IReadOnlyList<string> DefaultMethods(ISchedulingInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var pairs = InstanceSize.EligiblePairs(instance);
        return [.. LowerBoundCatalog.Default.All.Where(m => m.RunsByDefault(pairs, instance.EdgeCount)).Select(m => m.Name)];
    }

    /// <summary>
    /// The largest of the requested bounds, each ≤ OPT exactly, with the name of the method that gave it (on a tie
    /// the cheaper one). <paramref name="methods"/> (names from <see cref="MethodNames"/>, any case) null means
    /// <see cref="DefaultMethods"/>. <c>flow</c> always runs, as the others start from it; the others run in
    /// registration order (<see cref="LowerBoundCatalog"/>). On integral instances (<see cref="IntegralTimes"/>, the
    /// literature's files) the flow value is rounded up to an integer, as OPT is one. The expensive methods are
    /// deterministic (counted budgets: <see cref="LagrangianBudget.Default"/>, <see cref="CpSatBound.DefaultDeterministicTime"/>)
    /// and start from <c>local-search</c>'s schedule (seed 0); each is skipped once the bound meets that schedule's
    /// makespan (<see cref="Gap.IsProvenOptimal"/>).
    /// </summary>
    /// <exception cref="ArgumentException">An unknown method name; the message lists the valid ones.</exception>
    public static CertifiedBound Certify(ISchedulingInstance instance, IReadOnlyList<string>? methods)
    {
        ArgumentNullException.ThrowIfNull(instance);
        methods ??= DefaultMethods(instance);
        var requested = methods.Select(LowerBoundCatalog.Default.Find).ToHashSet();
        var integral = IntegralTimes.AreIntegral(instance);
        var flow = Compute(instance);
        var best = new CertifiedBound(integral ? IntegralTimes.RoundUp(flow) : flow, FlowMethod);
        var further = LowerBoundCatalog.Default.All.Where(m => m != FlowBoundMethod.Instance && requested.Contains(m)).ToArray();
        if (instance.TaskCount == 0 || further.Length == 0)
        {
            return best;
        }
        // A bound that already meets a schedule's makespan is OPT (within CP-SAT's tolerance): nothing left to gain.
        var schedule = new LocalSearchScheduler().Schedule(instance, new SchedulerContext(Seed: 0));
        foreach (var method in further)
        {
            if (!Gap.IsProvenOptimal(schedule.Makespan, best.Value))
            {
                best = CertifiedBound.Max(best, new CertifiedBound(method.Compute(instance, best.Value, schedule), method.Name));
            }
        }
        return best;
    }

    /// <summary>A lower bound on the optimal makespan of <paramref name="instance"/>; 0 for an instance without tasks.</summary>
    public static double Compute(ISchedulingInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.TaskCount == 0)
        {
            return 0;
        }
        if (instance.Related is null)
        {
            return PrunedLpSearch.Run(instance, boundOnly: true).LowerBound;
        }
        // The flow and prefix sums round at about (n + m) units in the last place; stay below them. The
        // largest shortest V_ij is a single value every schedule's busiest edge reaches, so it needs no margin.
        var margin = 1 - 4.5e-16 * (instance.TaskCount + instance.EdgeCount + 4);
        return Math.Max(TaskTimeBounds.LargestShortestTime(instance), RelatedLowerBound.Compute(instance) * margin);
    }
}
