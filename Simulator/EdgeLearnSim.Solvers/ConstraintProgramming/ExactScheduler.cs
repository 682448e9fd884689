using System.Collections.Frozen;
using System.Globalization;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Engine.Random;
using EdgeLearnSim.Solvers.Bounds;
using Google.OrTools.Sat;

namespace EdgeLearnSim.Solvers.ConstraintProgramming;

/// <summary>
/// <c>exact</c>: the assignment ILP (10)–(14) in CP-SAT with one worker under a deterministic time limit
/// (SPEC §4.7). Scale: V_ij are multiplied by 10^9 / max V_ij (<see cref="ScaledLargestTime"/>) and rounded
/// down to integers. Optimality is proven for these integers, so the true makespan of an assignment marked
/// <see cref="ExitReason.ProvedOptimal"/> exceeds the true optimum by at most n·max V_ij / 10^9. Rounding down
/// keeps CP-SAT's bound valid for the true problem: the reported lower bound is that bound divided by the
/// scale and lowered by a relative 10^-12 for the division's rounding. The hint is <c>local-search</c>'s
/// assignment (same seed); it caps the makespan variable and is returned instead when its true makespan is
/// smaller, so <c>exact</c> is never worse than <c>local-search</c>.
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
        p => new ExactScheduler(p.Get(DeterministicTimeParameter, DefaultDeterministicTime)));

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
        var scale = ScaleFor(instance);
        var hint = new LocalSearchScheduler().Schedule(instance, context).EdgeOf.ToArray();
        if (context.Cancellation.IsCancellationRequested)
        {
            // CP-SAT ignores a stop requested before Solve starts, so do not start it.
            return Assignments.ToResult(instance, hint, ExitReason.Cancelled, provenLowerBound: LowerBounds.LongestUnavoidableTime(instance));
        }

        var model = new CpModel();
        var choices = new BoolVar[n][];
        var scaledTimes = new long[n][];
        var hintLoads = new long[instance.EdgeCount];
        for (var i = 0; i < n; i++)
        {
            var eligible = instance.EligibleEdges(i);
            choices[i] = new BoolVar[eligible.Length];
            scaledTimes[i] = new long[eligible.Length];
            for (var k = 0; k < eligible.Length; k++)
            {
                choices[i][k] = model.NewBoolVar($"x{i}_{eligible[k]}");
                scaledTimes[i][k] = (long)Math.Floor(instance.ProcessingTime(i, eligible[k]) * scale);
                var hinted = eligible[k] == hint[i];
                model.AddHint(choices[i][k], hinted);
                if (hinted)
                {
                    hintLoads[eligible[k]] += scaledTimes[i][k];
                }
            }
            model.AddExactlyOne(choices[i]);
        }
        var makespan = model.NewIntVar(0, hintLoads.Max(), "makespan");
        AddLoadRows(instance, model, choices, scaledTimes, makespan);
        model.Minimize(makespan);

        using var solver = new CpSolver { StringParameters = Parameters(context) };
        using var stopOnCancel = context.Cancellation.Register(solver.StopSearch);
        var status = solver.Solve(model);
        if (status is CpSolverStatus.ModelInvalid or CpSolverStatus.Infeasible)
        {
            throw new InvalidOperationException($"CP-SAT returned {status} for a model that is feasible by construction.");
        }
        var found = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        var edgeOf = found ? ReadAssignment(instance, solver, choices) : hint;
        if (Assignments.Loads(instance, hint).Max() < Assignments.Loads(instance, edgeOf).Max())
        {
            edgeOf = hint;
        }
        var bound = Math.Max(LowerBounds.LongestUnavoidableTime(instance), Math.Floor(solver.BestObjectiveBound) / scale * (1 - 1e-12));
        return Assignments.ToResult(instance, edgeOf, ExitFor(status, solver, context), solver.NumBranches(), bound);
    }

    private static double ScaleFor(ISchedulingInstance instance)
    {
        var largest = 0.0;
        for (var i = 0; i < instance.TaskCount; i++)
        {
            foreach (var j in instance.EligibleEdges(i))
            {
                largest = Math.Max(largest, instance.ProcessingTime(i, j));
            }
        }
        return largest > 0 ? ScaledLargestTime / largest : 1;
    }

    private static void AddLoadRows(ISchedulingInstance instance, CpModel model, BoolVar[][] choices, long[][] scaledTimes, IntVar makespan)
    {
        var onEdge = new List<BoolVar>[instance.EdgeCount];
        var timesOnEdge = new List<long>[instance.EdgeCount];
        for (var j = 0; j < onEdge.Length; j++)
        {
            onEdge[j] = [];
            timesOnEdge[j] = [];
        }
        for (var i = 0; i < choices.Length; i++)
        {
            var eligible = instance.EligibleEdges(i);
            for (var k = 0; k < eligible.Length; k++)
            {
                onEdge[eligible[k]].Add(choices[i][k]);
                timesOnEdge[eligible[k]].Add(scaledTimes[i][k]);
            }
        }
        for (var j = 0; j < onEdge.Length; j++)
        {
            if (onEdge[j].Count > 0)
            {
                model.Add(LinearExpr.WeightedSum(onEdge[j], timesOnEdge[j]) <= makespan);
            }
        }
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

    private static int[] ReadAssignment(ISchedulingInstance instance, CpSolver solver, BoolVar[][] choices)
    {
        var edgeOf = new int[choices.Length];
        for (var i = 0; i < choices.Length; i++)
        {
            var eligible = instance.EligibleEdges(i);
            for (var k = 0; k < eligible.Length; k++)
            {
                if (solver.BooleanValue(choices[i][k]))
                {
                    edgeOf[i] = eligible[k];
                    break;
                }
            }
        }
        return edgeOf;
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
