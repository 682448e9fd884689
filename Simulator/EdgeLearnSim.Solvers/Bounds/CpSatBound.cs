using System.Globalization;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Solvers.ConstraintProgramming;
using Google.OrTools.Sat;

namespace EdgeLearnSim.Solvers.Bounds;

/// <summary>
/// The <c>cp-sat</c> bound: CP-SAT's proven bound on the model of <see cref="AssignmentModel"/> (the same one
/// <c>exact</c> solves) after a deterministic budget with one worker and a fixed seed, so it is a property of the
/// instance alone. Rescaled to seconds so that it stays ≤ OPT (exact on integral instances).
/// </summary>
public static class CpSatBound
{
    /// <summary>The deterministic time <c>Certify</c> gives CP-SAT, in CP-SAT's deterministic seconds.</summary>
    public const double DefaultDeterministicTime = 1;

    /// <summary>
    /// A certified bound ≥ <paramref name="lowerBound"/> (which must be proven), from a model hinted with
    /// <c>local-search</c> (seed 0) or with <paramref name="hint"/> when one is given.
    /// </summary>
    public static double Compute(ISchedulingInstance instance, double lowerBound, IReadOnlyList<int>? hint = null, double deterministicTime = DefaultDeterministicTime)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(deterministicTime);
        if (instance.TaskCount == 0)
        {
            return lowerBound;
        }
        var start = hint?.ToArray() ?? [.. new LocalSearchScheduler().Schedule(instance, new SchedulerContext(Seed: 0)).EdgeOf];
        var model = AssignmentModel.Build(instance, start, lowerBound);
        using var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture, $"num_workers:1 max_deterministic_time:{deterministicTime:R} random_seed:0"),
        };
        var status = solver.Solve(model.Model);
        if (status is CpSolverStatus.ModelInvalid or CpSolverStatus.Infeasible)
        {
            throw new InvalidOperationException($"CP-SAT returned {status} for a model that is feasible by construction.");
        }
        return Math.Max(lowerBound, model.ProvenBound(solver));
    }
}
