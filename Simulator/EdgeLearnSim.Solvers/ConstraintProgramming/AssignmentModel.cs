using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.Bounds;
using Google.OrTools.Sat;

namespace EdgeLearnSim.Solvers.ConstraintProgramming;

/// <summary>
/// The assignment ILP (10)–(14) as a CP-SAT model, as tight as we can make it:
/// <list type="bullet">
/// <item>Integer times: on integral instances (<see cref="IntegralTimes"/>) the V_ij themselves, so CP-SAT solves
/// the true problem; otherwise V_ij·scale rounded down (scale maps the largest V_ij to
/// <see cref="ExactScheduler.ScaledLargestTime"/>). Rounding down makes every scaled load ≤ scale × the true
/// load, so the scaled optimum OPT′ ≤ scale·OPT and CP-SAT's bound stays a bound on OPT once divided back.</item>
/// <item>Tight domains: x_ij exists only where the scaled V_ij fits under the hint's scaled makespan, and the
/// makespan variable lies between a certified instance bound (scaled: OPT′ ≥ scale·OPT − n, as each of at most n
/// tasks on the busiest edge loses less than one unit) and the hint's makespan.</item>
/// <item>Symmetry breaking: edges with identical columns (equal V_ij for every task, so equal bandwidth and
/// eligibility on the project's own instances) carry non-increasing loads in index order; the hint is permuted
/// within each such group to obey it.</item>
/// </list>
/// </summary>
internal sealed class AssignmentModel
{
    private readonly ISchedulingInstance instance;
    private readonly BoolVar[][] choices;
    private readonly int[][] choiceEdges;

    private AssignmentModel(ISchedulingInstance instance, bool integral, double scale)
    {
        this.instance = instance;
        IsIntegral = integral;
        Scale = scale;
        choices = new BoolVar[instance.TaskCount][];
        choiceEdges = new int[instance.TaskCount][];
    }

    public CpModel Model { get; } = new();

    /// <summary>True when the model's times are the instance's own integers (scale 1, no rounding).</summary>
    public bool IsIntegral { get; }

    /// <summary>Model units per second.</summary>
    public double Scale { get; }

    /// <summary>Builds the model around a feasible <paramref name="hint"/> (permuted in place for symmetry breaking) and a certified <paramref name="lowerBound"/>.</summary>
    public static AssignmentModel Build(ISchedulingInstance instance, int[] hint, double lowerBound)
    {
        var n = instance.TaskCount;
        var largest = LargestTime(instance);
        // Integral times stay exact while the loads fit comfortably in a long.
        var integral = largest <= 1e12 && IntegralTimes.AreIntegral(instance);
        var model = new AssignmentModel(instance, integral, integral || largest <= 0 ? 1 : ExactScheduler.ScaledLargestTime / largest);
        var columns = model.Columns();
        var groups = IdenticalEdgeGroups(columns);
        model.OrderHint(hint, groups);
        var hintLoads = new long[instance.EdgeCount];
        for (var i = 0; i < n; i++)
        {
            hintLoads[hint[i]] += model.Scaled(instance.ProcessingTime(i, hint[i]));
        }
        var upper = hintLoads.Max();
        var lower = integral
            ? (long)IntegralTimes.RoundUp(lowerBound)
            : (long)Math.Floor(lowerBound * model.Scale * (1 - 1e-12)) - n - 1;
        var makespan = model.Model.NewIntVar(Math.Clamp(lower, 0, upper), upper, "makespan");
        var onEdge = new List<BoolVar>[instance.EdgeCount];
        var timesOnEdge = new List<long>[instance.EdgeCount];
        for (var j = 0; j < onEdge.Length; j++)
        {
            onEdge[j] = [];
            timesOnEdge[j] = [];
        }
        for (var i = 0; i < n; i++)
        {
            var vars = new List<BoolVar>();
            var edges = new List<int>();
            foreach (var j in instance.EligibleEdges(i))
            {
                var time = model.Scaled(instance.ProcessingTime(i, j));
                if (time > upper)
                {
                    continue;
                }
                var choice = model.Model.NewBoolVar($"x{i}_{j}");
                model.Model.AddHint(choice, j == hint[i]);
                vars.Add(choice);
                edges.Add(j);
                onEdge[j].Add(choice);
                timesOnEdge[j].Add(time);
            }
            model.choices[i] = [.. vars];
            model.choiceEdges[i] = [.. edges];
            model.Model.AddExactlyOne(model.choices[i]);
        }
        var loads = new LinearExpr[instance.EdgeCount];
        for (var j = 0; j < loads.Length; j++)
        {
            loads[j] = LinearExpr.WeightedSum(onEdge[j], timesOnEdge[j]);
            if (onEdge[j].Count > 0)
            {
                model.Model.Add(loads[j] <= makespan);
            }
        }
        foreach (var group in groups)
        {
            for (var a = 0; a + 1 < group.Length; a++)
            {
                model.Model.Add(loads[group[a]] >= loads[group[a + 1]]);
            }
        }
        model.Model.AddHint(makespan, upper);
        model.Model.Minimize(makespan);
        return model;
    }

    /// <summary>CP-SAT's proven bound in seconds, ≤ OPT: exact on integral models, else lowered by a relative 10^-12 for the division.</summary>
    public double ProvenBound(CpSolver solver)
    {
        var bound = Math.Floor(solver.BestObjectiveBound);
        return IsIntegral ? bound : bound / Scale * (1 - 1e-12);
    }

    /// <summary>The assignment of CP-SAT's best solution.</summary>
    public int[] ReadAssignment(CpSolver solver)
    {
        var edgeOf = new int[choices.Length];
        for (var i = 0; i < choices.Length; i++)
        {
            for (var k = 0; k < choices[i].Length; k++)
            {
                if (solver.BooleanValue(choices[i][k]))
                {
                    edgeOf[i] = choiceEdges[i][k];
                    break;
                }
            }
        }
        return edgeOf;
    }

    // (1 − 10^-15) absorbs the product's rounding, so a time is never rounded above scale·V_ij.
    private long Scaled(double time) => IsIntegral ? (long)time : (long)Math.Floor(time * Scale * (1 - 1e-15));

    private static double LargestTime(ISchedulingInstance instance)
    {
        var largest = 0.0;
        for (var i = 0; i < instance.TaskCount; i++)
        {
            foreach (var j in instance.EligibleEdges(i))
            {
                largest = Math.Max(largest, instance.ProcessingTime(i, j));
            }
        }
        return largest;
    }

    /// <summary>Per edge, its (task, V_ij) pairs in task order.</summary>
    private List<(int Task, double Time)>[] Columns()
    {
        var columns = new List<(int Task, double Time)>[instance.EdgeCount];
        for (var j = 0; j < columns.Length; j++)
        {
            columns[j] = [];
        }
        for (var i = 0; i < instance.TaskCount; i++)
        {
            foreach (var j in instance.EligibleEdges(i))
            {
                columns[j].Add((i, instance.ProcessingTime(i, j)));
            }
        }
        return columns;
    }

    /// <summary>Groups (two or more edges, ascending) whose columns are identical.</summary>
    private static List<int[]> IdenticalEdgeGroups(List<(int Task, double Time)>[] columns)
    {
        var groups = new List<int[]>();
        var grouped = new bool[columns.Length];
        var byHash = Enumerable.Range(0, columns.Length)
            .GroupBy(j => columns[j].Aggregate(columns[j].Count, (h, p) => HashCode.Combine(h, p.Task, p.Time)));
        foreach (var candidates in byHash)
        {
            foreach (var first in candidates)
            {
                if (grouped[first])
                {
                    continue;
                }
                var group = candidates.Where(j => !grouped[j] && columns[j].SequenceEqual(columns[first])).ToArray();
                foreach (var j in group)
                {
                    grouped[j] = true;
                }
                if (group.Length > 1)
                {
                    groups.Add([.. group.Order()]);
                }
            }
        }
        return groups;
    }

    /// <summary>Relabels the hint's edges within each group so their loads do not increase with the index.</summary>
    private void OrderHint(int[] hint, List<int[]> groups)
    {
        if (groups.Count == 0)
        {
            return;
        }
        var loads = new long[instance.EdgeCount];
        for (var i = 0; i < hint.Length; i++)
        {
            loads[hint[i]] += Scaled(instance.ProcessingTime(i, hint[i]));
        }
        var relabel = Enumerable.Range(0, instance.EdgeCount).ToArray();
        foreach (var group in groups)
        {
            var byLoad = group.OrderByDescending(j => loads[j]).ThenBy(j => j).ToArray();
            for (var a = 0; a < group.Length; a++)
            {
                relabel[byLoad[a]] = group[a];
            }
        }
        for (var i = 0; i < hint.Length; i++)
        {
            hint[i] = relabel[hint[i]];
        }
    }
}
