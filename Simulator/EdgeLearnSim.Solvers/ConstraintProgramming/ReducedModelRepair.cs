using System.Globalization;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Bounds;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Engine.Random;
using Google.OrTools.Sat;

namespace EdgeLearnSim.Solvers.ConstraintProgramming;

/// <summary>
/// <c>local-search</c>'s last stage on integral instances: size reduction in the manner of Fanjul-Peyro &amp; Ruiz
/// (2011). With C the assignment's makespan, CP-SAT (one worker) minimises the makespan below C over a model in which
/// each task may go only to its <c>k</c> fastest edges among those where V_ij ≤ C − 1 (k = 5 at first, plus its
/// current edge), hinted with the assignment. A better assignment replaces it and the next round aims below that;
/// when the reduced model is solved to optimality or proven infeasible, k doubles; once no task is restricted,
/// the same answers are proofs: optimal or infeasible below C means C = OPT, which is returned as a proven bound.
/// Every round draws on one deterministic-time budget of <c>work</c> × <see cref="DeterministicSeconds"/>, so
/// the result does not depend on the machine; instances above <see cref="MaxPairs"/> eligible pairs are left alone.
/// </summary>
public sealed class ReducedModelRepair : IIntegralRepair
{
    /// <summary>
    /// The CP-SAT deterministic time per call at <c>work</c> = 1: 2 s up to 6,250 eligible pairs, then 12,500 / pairs,
    /// at least 0.25 s (from 50,000 pairs, n = 1000, m = 50, where the search before it takes longest). A
    /// deterministic second took 1–3.7 s of wall time on the literature's instances on the 2-core machine the budget
    /// was set on, so the larger instances, whose search and bound take longest, get the least.
    /// </summary>
    public static double DeterministicSeconds(long pairs) => Math.Clamp(12_500.0 / Math.Max(pairs, 1), 0.25, 2);

    /// <summary>
    /// Above this many task–edge pairs the repair is skipped: building and presolving the model costs more than its
    /// deterministic budget shows (measured: 2.7 s of wall time for 0.25 deterministic s at n = 1000, m = 50), and on
    /// the literature's instances it improved only smaller ones (n ≤ 200, and n ≤ 500 at m ≤ 20).
    /// </summary>
    public const long MaxPairs = 10_000;

    private const int FirstEdgesPerTask = 5;

    // Rounds whose budget would be smaller than this are not started: presolve alone costs about that much.
    private const double SmallestRound = 0.01;

    public static ReducedModelRepair Instance { get; } = new();

    public RepairOutcome Repair(ISchedulingInstance instance, int[] assignment, double lowerBound, double work, SchedulerContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(context);
        var pairs = InstanceSize.EligiblePairs(instance);
        if (pairs > MaxPairs || !IntegralTimes.AreIntegral(instance))
        {
            return new RepairOutcome(null, null);
        }
        var makespan = (long)Assignments.Loads(instance, assignment).Max();
        var lower = (long)IntegralTimes.RoundUp(lowerBound);
        var byTime = FastestFirst(instance);
        var left = work * DeterministicSeconds(pairs);
        var edgesPerTask = FirstEdgesPerTask;
        long runs = 0;
        while (makespan > lower)
        {
            if (left < SmallestRound)
            {
                return new RepairOutcome(null, ExitReason.DeterministicLimit);
            }
            if (context.Cancellation.IsCancellationRequested)
            {
                return new RepairOutcome(null, ExitReason.Cancelled);
            }
            var target = makespan - 1;
            var model = new ReducedModel(instance, byTime, assignment, edgesPerTask, target);
            if (model.SomeTaskCannotFit)
            {
                // A task whose every time exceeds C − 1 proves C optimal.
                return new RepairOutcome(makespan, null);
            }
            using var solver = new CpSolver { StringParameters = Parameters(left, context, runs) };
            using var stopOnCancel = context.Cancellation.Register(solver.StopSearch);
            var status = solver.Solve(model.Model);
            runs++;
            if (status == CpSolverStatus.ModelInvalid)
            {
                throw new InvalidOperationException("CP-SAT rejected the reduced assignment model as invalid.");
            }
            left -= solver.Response?.DeterministicTime ?? left;
            if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible)
            {
                model.Read(solver, assignment);
                makespan = (long)Assignments.Loads(instance, assignment).Max();
            }
            if (status is CpSolverStatus.Optimal or CpSolverStatus.Infeasible)
            {
                if (!model.Reduced)
                {
                    return new RepairOutcome(makespan, null);
                }
                edgesPerTask *= 2;
            }
            else if (status != CpSolverStatus.Feasible)
            {
                var cut = context.Cancellation.IsCancellationRequested ? ExitReason.Cancelled
                    : context.WallClockLimit is { } limit && solver.WallTime() >= limit.TotalSeconds ? ExitReason.WallClockLimit
                    : ExitReason.DeterministicLimit;
                return new RepairOutcome(null, cut);
            }
        }
        return new RepairOutcome(null, null);
    }

    private static string Parameters(double deterministicTime, SchedulerContext context, long run)
    {
        var seed = StableSeed.ToInt32(StableSeed.Derive(context.Seed, run)) & int.MaxValue;
        var parameters = string.Create(CultureInfo.InvariantCulture, $"num_workers:1 max_deterministic_time:{deterministicTime:R} random_seed:{seed}");
        if (context.WallClockLimit is { } limit)
        {
            parameters += string.Create(CultureInfo.InvariantCulture, $" max_time_in_seconds:{limit.TotalSeconds:R}");
        }
        return parameters;
    }

    /// <summary>Each task's eligible edges, fastest first (ties to the lower index).</summary>
    private static int[][] FastestFirst(ISchedulingInstance instance)
    {
        var byTime = new int[instance.TaskCount][];
        for (var i = 0; i < byTime.Length; i++)
        {
            var task = i;
            byTime[i] = [.. instance.EligibleEdges(i).ToArray().OrderBy(j => instance.ProcessingTime(task, j)).ThenBy(j => j)];
        }
        return byTime;
    }

    /// <summary>min makespan ≤ target over x_ij for each task's allowed edges, one per task.</summary>
    private sealed class ReducedModel
    {
        private readonly List<(BoolVar Choice, int Edge)>[] choices;

        public ReducedModel(ISchedulingInstance instance, int[][] byTime, int[] hint, int edgesPerTask, long target)
        {
            var n = instance.TaskCount;
            choices = new List<(BoolVar, int)>[n];
            var onEdge = new List<(BoolVar Choice, long Time)>[instance.EdgeCount];
            for (var j = 0; j < onEdge.Length; j++)
            {
                onEdge[j] = [];
            }
            for (var i = 0; i < n && !SomeTaskCannotFit; i++)
            {
                choices[i] = [];
                var fitting = 0;
                foreach (var j in byTime[i])
                {
                    var time = (long)instance.ProcessingTime(i, j);
                    if (time > target)
                    {
                        break;
                    }
                    if (++fitting > edgesPerTask)
                    {
                        Reduced = true;
                        if (j != hint[i])
                        {
                            continue;
                        }
                    }
                    var choice = Model.NewBoolVar($"x{i}_{j}");
                    Model.AddHint(choice, j == hint[i]);
                    choices[i].Add((choice, j));
                    onEdge[j].Add((choice, time));
                }
                SomeTaskCannotFit = fitting == 0;
                Model.AddExactlyOne(choices[i].Select(c => (ILiteral)c.Choice));
            }
            // No lower end from the bound: measured on U10a100 n = 100, m = 50, CP-SAT proved 27 optimal within
            // 0.8 deterministic seconds from [0, 27] and found nothing in 2 from [25, 27].
            var makespan = Model.NewIntVar(0, target, "makespan");
            foreach (var column in onEdge.Where(c => c.Count > 0))
            {
                Model.Add(LinearExpr.WeightedSum(column.Select(c => c.Choice), column.Select(c => c.Time)) <= makespan);
            }
            Model.Minimize(makespan);
        }

        public CpModel Model { get; } = new();

        /// <summary>True when some task was denied an edge where it fits under the target.</summary>
        public bool Reduced { get; }

        /// <summary>True when some task fits under the target nowhere.</summary>
        public bool SomeTaskCannotFit { get; }

        public void Read(CpSolver solver, int[] assignment)
        {
            for (var i = 0; i < choices.Length; i++)
            {
                foreach (var (choice, edge) in choices[i])
                {
                    if (solver.BooleanValue(choice))
                    {
                        assignment[i] = edge;
                    }
                }
            }
        }
    }
}
