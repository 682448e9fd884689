using System.Collections.Frozen;
using System.Globalization;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Engine.Random;
using EdgeLearnSim.Solvers.Bounds;
using Google.OrTools.Sat;

namespace EdgeLearnSim.Solvers.ConstraintProgramming;

/// <summary>
/// <c>exact</c>: the assignment ILP (10)–(14) in CP-SAT with one worker under a deterministic time limit
/// (docs/schedulers.md), on the model of <see cref="AssignmentModel"/>: symmetry breaking for identical edges, tight
/// domains, and the instance's certified bound (<see cref="LowerBounds.Certify"/> with its default methods but
/// <c>cp-sat</c>) as the makespan's lower end. Integral instances (the literature's files) are solved exactly;
/// otherwise V_ij are multiplied by 10^9 / max V_ij (<see cref="ScaledLargestTime"/>) and rounded down, so
/// optimality is proven for these integers and the true makespan of an assignment marked
/// <see cref="ExitReason.ProvedOptimal"/> exceeds the true optimum by less than (tasks on its busiest edge) / scale.
/// Rounding down keeps CP-SAT's bound valid for the true problem: <see cref="ScheduleResult.ProvenLowerBound"/> is
/// the larger of the instance bound and CP-SAT's bound divided by the scale and lowered by a relative 10^-12 for
/// the division (exact on integral instances). The hint is <c>local-search</c>'s assignment (same seed); it caps
/// the makespan variable and is returned instead when its true makespan is smaller, so <c>exact</c> is never
/// worse than <c>local-search</c>.
/// The wall-clock limit of the context is only a safety net; a result cut by it is marked
/// <see cref="ExitReason.WallClockLimit"/>.
/// </summary>
public sealed class ExactScheduler : IScheduler
{
    /// <summary>The scheduler parameter that sets the deterministic time budget.</summary>
    public const string DeterministicTimeParameter = "deterministic-time";

    /// <summary>Default CP-SAT deterministic time budget, in CP-SAT's deterministic seconds.</summary>
    public const double DefaultDeterministicTime = 10;

    /// <summary>The integer the largest finite V_ij maps to in the CP-SAT model.</summary>
    public const double ScaledLargestTime = 1e9;

    private readonly double deterministicTime;

    public static SchedulerDescriptor Descriptor { get; } = new(
        "exact",
        "CP-SAT with one worker under a deterministic time limit; proves optimality on small instances.",
        new Dictionary<string, double> { [DeterministicTimeParameter] = DefaultDeterministicTime }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        p => new ExactScheduler(p.Get(DeterministicTimeParameter, DefaultDeterministicTime)))
    {
        ModelsEveryPair = true,
    };

    public ExactScheduler(double deterministicTime = DefaultDeterministicTime)
    {
        if (!(deterministicTime > 0) || double.IsPositiveInfinity(deterministicTime))
        {
            throw new ArgumentOutOfRangeException(nameof(deterministicTime), deterministicTime, "The deterministic time limit must be a positive number.");
        }
        this.deterministicTime = deterministicTime;
    }

    public string Name => Descriptor.Name;

    public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        var n = instance.TaskCount;
        if (n == 0)
        {
            return Assignments.ToResult(instance, [], ExitReason.ProvedOptimal, provenLowerBound: 0);
        }
        var hint = new LocalSearchScheduler(repair: ReducedModelRepair.Instance).Schedule(instance, context).EdgeOf.ToArray();
        var instanceBound = context.Cancellation.IsCancellationRequested
            ? TaskTimeBounds.LargestShortestTime(instance)
            : LowerBounds.Certify(instance, [.. LowerBounds.DefaultMethods(instance).Where(m => m != LowerBounds.CpSatMethod)]).Value;
        if (context.Cancellation.IsCancellationRequested)
        {
            // CP-SAT ignores a stop requested before Solve starts, so do not start it.
            return Assignments.ToResult(instance, hint, ExitReason.Cancelled, provenLowerBound: instanceBound);
        }
        var model = AssignmentModel.Build(instance, [.. hint], instanceBound);

        using var solver = new CpSolver { StringParameters = Parameters(context) };
        using var stopOnCancel = context.Cancellation.Register(solver.StopSearch);
        var status = solver.Solve(model.Model);
        if (status is CpSolverStatus.ModelInvalid or CpSolverStatus.Infeasible)
        {
            throw new InvalidOperationException($"CP-SAT returned {status} for a model that is feasible by construction.");
        }
        var found = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        var edgeOf = found ? model.ReadAssignment(solver) : hint;
        if (Assignments.Loads(instance, hint).Max() < Assignments.Loads(instance, edgeOf).Max())
        {
            edgeOf = hint;
        }
        var bound = Math.Max(instanceBound, model.ProvenBound(solver));
        return Assignments.ToResult(instance, edgeOf, ExitFor(status, solver, context), solver.NumBranches(), bound);
    }

    private string Parameters(SchedulerContext context)
    {
        var parameters = string.Create(
            CultureInfo.InvariantCulture,
            $"num_workers:1 max_deterministic_time:{deterministicTime:R} random_seed:{StableSeed.ToInt32(context.Seed) & int.MaxValue}");
        if (context.WallClockLimit is { } limit)
        {
            parameters += string.Create(CultureInfo.InvariantCulture, $" max_time_in_seconds:{limit.TotalSeconds:R}");
        }
        return parameters;
    }

    private ExitReason ExitFor(CpSolverStatus status, CpSolver solver, SchedulerContext context)
    {
        if (status == CpSolverStatus.Optimal)
        {
            return ExitReason.ProvedOptimal;
        }
        if (context.Cancellation.IsCancellationRequested)
        {
            return ExitReason.Cancelled;
        }
        var deterministicBudgetUsed = (solver.Response?.DeterministicTime ?? 0) >= deterministicTime;
        return context.WallClockLimit is { } limit && !deterministicBudgetUsed && solver.WallTime() >= limit.TotalSeconds
            ? ExitReason.WallClockLimit
            : ExitReason.DeterministicLimit;
    }
}
