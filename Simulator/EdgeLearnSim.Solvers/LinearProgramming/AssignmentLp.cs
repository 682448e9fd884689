using EdgeLearnSim.Core.Instances;
using Google.OrTools.LinearSolver;

namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>
/// The paper's LP relaxation (10)–(12),(15) in OR-Tools GLOP: minimise W subject to Σ_i V_ij·x_ij ≤ W for
/// every edge, Σ_j x_ij = 1 for every task, x_ij ≥ 0, with a variable only for eligible pairs. A threshold
/// T prunes it to the LP(T) support of Lenstra–Shmoys–Tardos (x_ij fixed to 0 where V_ij > T); the model is
/// built once and re-solved with changed bounds, so GLOP warm-starts from the previous basis. GLOP is a
/// simplex method: every solution it returns is an extreme point of the (pruned) polytope.
/// </summary>
internal sealed class AssignmentLp : IDisposable
{
    private readonly ISchedulingInstance instance;
    private readonly Solver solver;
    private readonly Variable makespan;
    private readonly Constraint[] loadRows;
    private readonly int[] firstPairOf;
    private readonly int[] pairEdge;
    private readonly double[] pairTime;
    private readonly Variable[] pairShare;

    // V_ij enter the model divided by this unit so GLOP's absolute tolerances act relative to the problem's scale.
    private readonly double unit;

    /// <summary>
    /// Builds the LP. <paramref name="presolve"/> false turns GLOP's presolve off: it then re-solves each changed LP
    /// from the previous basis instead of presolving it afresh, which only the bound search wants (its value is
    /// certified from duals whatever vertex GLOP ends on; the rounding schedulers keep the vertices they were
    /// measured with). Measured on U1a100 n = 1000, m = 40 (Fanjul-Peyro &amp; Ruiz): the search took 3.4 s with
    /// presolve and 1.1 s without, with the same bound; on the other classes at n = 1000 it changed by under 10%.
    /// </summary>
    public AssignmentLp(ISchedulingInstance instance, bool presolve = true)
    {
        ArgumentNullException.ThrowIfNull(instance);
        this.instance = instance;
        var n = instance.TaskCount;
        var m = instance.EdgeCount;
        firstPairOf = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            firstPairOf[i + 1] = firstPairOf[i] + instance.EligibleEdges(i).Length;
        }
        pairEdge = new int[firstPairOf[n]];
        pairTime = new double[firstPairOf[n]];
        for (var i = 0; i < n; i++)
        {
            var p = firstPairOf[i];
            foreach (var j in instance.EligibleEdges(i))
            {
                pairEdge[p] = j;
                pairTime[p] = instance.ProcessingTime(i, j);
                p++;
            }
        }
        TrivialLowerBound = ComputeTrivialLowerBound();
        unit = TrivialLowerBound > 0 ? TrivialLowerBound : 1;

        solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools could not create the GLOP solver.");
        if (!presolve && !solver.SetSolverSpecificParametersAsString("use_preprocessing:false"))
        {
            throw new InvalidOperationException("GLOP rejected the parameter use_preprocessing:false.");
        }
        makespan = solver.MakeNumVar(0, double.PositiveInfinity, "W");
        loadRows = new Constraint[m];
        for (var j = 0; j < m; j++)
        {
            loadRows[j] = solver.MakeConstraint(double.NegativeInfinity, 0, $"load{j}");
            loadRows[j].SetCoefficient(makespan, -1);
        }
        pairShare = new Variable[pairEdge.Length];
        for (var i = 0; i < n; i++)
        {
            var assignRow = solver.MakeConstraint(1, 1, $"task{i}");
            for (var p = firstPairOf[i]; p < firstPairOf[i + 1]; p++)
            {
                pairShare[p] = solver.MakeNumVar(0, double.PositiveInfinity, $"x{i}_{pairEdge[p]}");
                assignRow.SetCoefficient(pairShare[p], 1);
                loadRows[pairEdge[p]].SetCoefficient(pairShare[p], pairTime[p] / unit);
            }
        }
        var objective = solver.Objective();
        objective.SetCoefficient(makespan, 1);
        objective.SetMinimization();
    }

    /// <summary>max_i min_{j∈E_i} V_ij: every schedule, and every LP(T) with T below it, needs at least this.</summary>
    public double TrivialLowerBound { get; }

    /// <summary>Every finite V_ij of the model, ascending, without repeats: the values where LP(T)'s support changes.</summary>
    public double[] DistinctTimes()
    {
        var times = (double[])pairTime.Clone();
        Array.Sort(times);
        var count = 0;
        for (var k = 0; k < times.Length; k++)
        {
            if (count == 0 || times[k] != times[count - 1])
            {
                times[count++] = times[k];
            }
        }
        Array.Resize(ref times, count);
        return times;
    }

    /// <summary>
    /// Solves the LP with x_ij allowed only where V_ij ≤ <paramref name="threshold"/> (every eligible pair when
    /// it is +∞). The threshold must be at least <see cref="TrivialLowerBound"/> so every task keeps an edge.
    /// </summary>
    public LpSolution Solve(double threshold = double.PositiveInfinity)
    {
        if (threshold < TrivialLowerBound)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), "Below the trivial bound some task has no allowed edge.");
        }
        for (var p = 0; p < pairShare.Length; p++)
        {
            pairShare[p].SetUb(pairTime[p] <= threshold ? double.PositiveInfinity : 0);
        }
        var status = solver.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            throw new InvalidOperationException(
                $"GLOP returned {status} on an LP that is feasible and bounded by construction " +
                $"({instance.TaskCount} tasks, {instance.EdgeCount} edges, threshold {threshold}).");
        }
        return new LpSolution(makespan.SolutionValue() * unit, CertifiedBound(threshold), ReadShares());
    }

    private double CertifiedBound(double threshold)
    {
        var weights = new double[loadRows.Length];
        var total = 0.0;
        for (var j = 0; j < weights.Length; j++)
        {
            weights[j] = Math.Abs(loadRows[j].DualValue());
            total += weights[j];
        }
        if (total <= 0)
        {
            return 0;
        }
        var bound = 0.0;
        for (var i = 0; i < instance.TaskCount; i++)
        {
            var cheapest = double.PositiveInfinity;
            for (var p = firstPairOf[i]; p < firstPairOf[i + 1]; p++)
            {
                if (pairTime[p] <= threshold)
                {
                    cheapest = Math.Min(cheapest, weights[pairEdge[p]] / total * pairTime[p]);
                }
            }
            bound += cheapest;
        }
        // Rounding in the sums above is at most about (n + m) units in the last place; stay below it.
        return bound * (1 - 4.5e-16 * (instance.TaskCount + instance.EdgeCount + 4));
    }

    private FractionalAssignment ReadShares()
    {
        var sharesByTask = new EdgeShare[instance.TaskCount][];
        var buffer = new List<EdgeShare>();
        for (var i = 0; i < sharesByTask.Length; i++)
        {
            buffer.Clear();
            for (var p = firstPairOf[i]; p < firstPairOf[i + 1]; p++)
            {
                var share = pairShare[p].SolutionValue();
                if (share > FractionalAssignment.ZeroShare)
                {
                    buffer.Add(new EdgeShare(pairEdge[p], share));
                }
            }
            sharesByTask[i] = [.. buffer];
        }
        return new FractionalAssignment(sharesByTask);
    }

    private double ComputeTrivialLowerBound()
    {
        var bound = 0.0;
        for (var i = 0; i < instance.TaskCount; i++)
        {
            var cheapest = double.PositiveInfinity;
            for (var p = firstPairOf[i]; p < firstPairOf[i + 1]; p++)
            {
                cheapest = Math.Min(cheapest, pairTime[p]);
            }
            bound = Math.Max(bound, cheapest);
        }
        return bound;
    }

    public void Dispose() => solver.Dispose();
}
