using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// Tries to prove that no schedule has makespan ≤ t, by the Lagrangian relaxation of the assignment constraints
/// Σ_j x_ij = 1 with multipliers u_i ≥ 0. Any schedule of makespan ≤ t puts on each edge j a set of tasks with
/// V_ij ≤ t and Σ V_ij ≤ t, so Σ_i u_i = Σ_j Σ_{i→j} u_i ≤ Σ_j K_j(u, t), where K_j is the 0/1 knapsack
/// optimum of edge j (profits u_i, weights V_ij, capacity t, only tasks with V_ij ≤ t). Hence Σ_i u_i &gt; Σ_j K_j
/// for some u ≥ 0 proves the trial infeasible. The u are found by subgradient ascent on Σu − ΣK (direction
/// 1 − Σ_j x*_ij, Polyak-type steps); each K_j is an upper bound (<see cref="KnapsackUpperBound"/>) computed with
/// a capacity raised by a relative 10^-10, and the certificate demands a relative margin of 10^-9, both far above
/// the rounding of the double sums involved, so a proof is never an artefact of rounding.
/// </summary>
internal sealed class LagrangianTrial
{
    private const double CapacitySlack = 1e-10;
    private const double CertificateMargin = 1e-9;
    private const double StepTarget = 0.01;
    private const int StallSteps = 5;

    private readonly int taskCount;
    private readonly LagrangianBudget budget;
    private readonly (int Task, double Time)[][] byEdge;
    private readonly double[] shortestTime;
    private readonly double[] start;
    private readonly double startTotal;
    private readonly double[] warm;
    private readonly double[] multipliers;
    private readonly double[] bestMultipliers;
    private readonly int[] coverage;
    private readonly KnapsackUpperBound knapsack = new();

    public LagrangianTrial(ISchedulingInstance instance, LagrangianBudget budget)
    {
        taskCount = instance.TaskCount;
        this.budget = budget;
        var lists = new List<(int Task, double Time)>[instance.EdgeCount];
        for (var j = 0; j < lists.Length; j++)
        {
            lists[j] = [];
        }
        shortestTime = new double[taskCount];
        start = new double[taskCount];
        var related = instance.Related;
        for (var i = 0; i < taskCount; i++)
        {
            shortestTime[i] = double.PositiveInfinity;
            foreach (var j in instance.EligibleEdges(i))
            {
                var time = instance.ProcessingTime(i, j);
                lists[j].Add((i, time));
                shortestTime[i] = Math.Min(shortestTime[i], time);
            }
            // Related edges: u_i ∝ s_i makes every knapsack a subset-sum problem (profit/weight = B_j), the
            // natural integer strengthening of the capacity bound; otherwise start from the fastest time.
            start[i] = related is null ? shortestTime[i] : related.Sizes[i];
        }
        byEdge = [.. lists.Select(l => l.OrderBy(p => p.Time).ThenBy(p => p.Task).ToArray())];
        startTotal = start.Sum();
        if (!(startTotal > 0))
        {
            Array.Fill(start, 1.0);
            startTotal = taskCount;
        }
        warm = [.. start];
        multipliers = new double[taskCount];
        bestMultipliers = new double[taskCount];
        coverage = new int[taskCount];
    }

    /// <summary>Knapsack branch-and-bound nodes used so far, over all trials (a counted measure of work).</summary>
    public long Nodes { get; private set; }

    /// <summary>True when proven: no schedule has makespan ≤ <paramref name="trial"/>. False means not proven (it may still be infeasible).</summary>
    public bool ProvesInfeasible(double trial)
    {
        for (var i = 0; i < taskCount; i++)
        {
            if (shortestTime[i] > trial)
            {
                return true;
            }
        }
        var capacity = trial * (1 + CapacitySlack);
        Array.Copy(warm, multipliers, taskCount);
        var bestRatio = double.NegativeInfinity;
        var step = 1.0;
        var stall = 0;
        for (var iteration = 0; iteration < budget.IterationsPerTrial; iteration++)
        {
            var total = multipliers.Sum();
            var knapsacks = KnapsackTotal(trial, capacity);
            if (total > knapsacks * (1 + CertificateMargin))
            {
                Array.Copy(multipliers, warm, taskCount);
                return true;
            }
            var norm = 0.0;
            for (var i = 0; i < taskCount; i++)
            {
                norm += (1 - coverage[i]) * (double)(1 - coverage[i]);
            }
            if (norm == 0)
            {
                // The knapsack selections cover every task once: a schedule of makespan ≤ t (up to the slack).
                break;
            }
            var ratio = (total - knapsacks) / total;
            if (ratio > bestRatio)
            {
                bestRatio = ratio;
                Array.Copy(multipliers, bestMultipliers, taskCount);
                stall = 0;
            }
            else if (++stall >= StallSteps)
            {
                step /= 2;
                stall = 0;
            }
            var length = step * (knapsacks - total + (StepTarget * total)) / norm;
            var sum = 0.0;
            for (var i = 0; i < taskCount; i++)
            {
                multipliers[i] = Math.Max(0, multipliers[i] + (length * (1 - coverage[i])));
                sum += multipliers[i];
            }
            if (!(sum > 0))
            {
                Array.Copy(start, multipliers, taskCount);
                continue;
            }
            // Σu − ΣK is positively homogeneous in u: rescaling changes no proof and keeps the numbers in range.
            var rescale = startTotal / sum;
            for (var i = 0; i < taskCount; i++)
            {
                multipliers[i] *= rescale;
            }
        }
        if (bestRatio > double.NegativeInfinity)
        {
            Array.Copy(bestMultipliers, warm, taskCount);
        }
        return false;
    }

    private double KnapsackTotal(double trial, double capacity)
    {
        Array.Clear(coverage);
        var total = 0.0;
        foreach (var tasks in byEdge)
        {
            knapsack.Clear();
            foreach (var (task, time) in tasks)
            {
                if (time > trial)
                {
                    break;
                }
                knapsack.Add(task, multipliers[task], time);
            }
            total += knapsack.Solve(capacity, budget.NodesPerKnapsack);
            Nodes += knapsack.Nodes;
            foreach (var task in knapsack.Chosen)
            {
                coverage[task]++;
            }
        }
        return total;
    }
}
