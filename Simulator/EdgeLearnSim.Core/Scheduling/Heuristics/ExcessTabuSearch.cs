using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling.LoadTracking;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// The decision version of the makespan problem, searched with tabu moves: given the best makespan C*, aim at a
/// target T just below it (C* − 1 when every V_ij is an integer, since then so is the optimum; else C*·(1 − 10^-6))
/// and minimise the total excess Σ_j max(0, L_j − T), which unlike the makespan changes with almost every move, so
/// the search sees a slope where the makespan shows a plateau. Each step applies the best non-tabu move of a task
/// off an edge above T to any eligible edge, or swap of such a task with a task on another edge (ties: the smaller
/// total load Σ_j L_j, then a seeded random choice); a task may not return to the edge it left for a tenure of
/// 5–14 steps unless that reaches excess zero. At excess zero the assignment is a new best and T drops below it.
/// Every candidate counts as one evaluation. Meant for instances whose n·m is moderate: a step costs about
/// Σ_over-T-edges |tasks|·(m + n).
/// </summary>
internal sealed class ExcessTabuSearch
{
    private readonly ISchedulingInstance instance;
    private readonly TaskEdgeTimes times;
    private readonly bool integral;
    private readonly int edgeCount;
    private readonly List<(int Edge, int Task)> candidates = [];

    public ExcessTabuSearch(ISchedulingInstance instance, TaskEdgeTimes times, bool integral)
    {
        this.instance = instance;
        this.times = times;
        this.integral = integral;
        edgeCount = instance.EdgeCount;
    }

    /// <summary>Candidates evaluated so far.</summary>
    public long Evaluations { get; private set; }

    /// <summary>
    /// Improves <paramref name="best"/> in place until <paramref name="bound"/> is met, <paramref name="evaluations"/>
    /// are spent, <paramref name="patience"/> steps pass without a new best, or <paramref name="budget"/> interrupts;
    /// returns the best makespan and the reason it stopped early (null when it met the bound or ran out of patience).
    /// </summary>
    public (double Makespan, ExitReason? Exit) Improve(
        int[] best, double bound, double evaluations, long patience, System.Random random, RunBudget budget)
    {
        var tasks = new EdgeTaskLists(edgeCount, best);
        var loads = Assignments.Loads(instance, best);
        var bestMakespan = loads.Max();
        var target = Below(bestMakespan);
        var tabu = new long[(long)instance.TaskCount * edgeCount];
        var over = new List<int>();
        long step = 0;
        long lastBest = 0;
        while (true)
        {
            if (bestMakespan <= bound)
            {
                return (bestMakespan, null);
            }
            if (Evaluations >= evaluations)
            {
                return (bestMakespan, ExitReason.DeterministicLimit);
            }
            if (step - lastBest >= patience)
            {
                return (bestMakespan, null);
            }
            if (budget.Interruption() is { } reason)
            {
                return (bestMakespan, reason);
            }
            step++;
            over.Clear();
            var excess = 0.0;
            for (var j = 0; j < edgeCount; j++)
            {
                if (loads[j] > target)
                {
                    over.Add(j);
                    excess += loads[j] - target;
                }
            }
            Evaluations += edgeCount;
            if (over.Count == 0)
            {
                tasks.EdgeOf.CopyTo(best);
                bestMakespan = Assignments.Loads(instance, best).Max();
                target = Below(bestMakespan);
                lastBest = step;
                continue;
            }
            var choice = BestStep(tasks, loads, over, target, excess, tabu, step, random);
            if (choice.Task < 0)
            {
                return (bestMakespan, null);
            }
            var tenure = 5 + random.Next(10);
            var from = tasks.EdgeOf[choice.Task];
            Apply(tasks, loads, choice.Task, choice.Edge);
            tabu[((long)choice.Task * edgeCount) + from] = step + tenure;
            if (choice.Partner >= 0)
            {
                Apply(tasks, loads, choice.Partner, from);
                tabu[((long)choice.Partner * edgeCount) + choice.Edge] = step + tenure;
            }
        }
    }

    private (int Task, int Edge, int Partner) BestStep(
        EdgeTaskLists tasks, double[] loads, List<int> over, double target, double excess, long[] tabu, long step, System.Random random)
    {
        var best = (Task: -1, Edge: -1, Partner: -1);
        var bestDelta = double.PositiveInfinity;
        var bestWork = double.PositiveInfinity;
        var ties = 0;
        void Offer(double delta, double work, int task, int edge, int partner, bool forbidden)
        {
            if (forbidden && excess + delta > 0)
            {
                return;
            }
            if (delta < bestDelta || (delta == bestDelta && work < bestWork))
            {
                (bestDelta, bestWork, ties, best) = (delta, work, 1, (task, edge, partner));
            }
            else if (delta == bestDelta && work == bestWork && random.Next(++ties) == 0)
            {
                best = (task, edge, partner);
            }
        }
        var edgeOf = tasks.EdgeOf;
        candidates.Clear();
        foreach (var a in over)
        {
            var onA = tasks.TasksOn(a);
            for (var position = 0; position < onA.Count; position++)
            {
                candidates.Add((a, onA[position]));
            }
        }
        foreach (var (a, i) in candidates)
        {
            var timeOnA = times[i, a];
            var excessA = loads[a] - target;
            var leftA = Math.Max(0, loads[a] - timeOnA - target) - excessA;
            var eligible = instance.EligibleEdges(i);
            Evaluations += eligible.Length;
            foreach (var k in eligible)
            {
                if (k == a)
                {
                    continue;
                }
                var timeOnK = times[i, k];
                var delta = leftA + Math.Max(0, loads[k] + timeOnK - target) - Math.Max(0, loads[k] - target);
                Offer(delta, timeOnK - timeOnA, i, k, -1, tabu[((long)i * edgeCount) + k] > step);
            }
        }
        if (bestDelta < 0)
        {
            return best;
        }
        // Swaps cost n per task on an edge above T: looked at only when no move lowers the excess.
        foreach (var (a, i) in candidates)
        {
            var timeOnA = times[i, a];
            var excessA = loads[a] - target;
            Evaluations += edgeOf.Length;
            for (var l = 0; l < edgeOf.Length; l++)
            {
                var k = edgeOf[l];
                if (k == a)
                {
                    continue;
                }
                var lOnA = times[l, a];
                var iOnK = times[i, k];
                if (double.IsPositiveInfinity(lOnA) || double.IsPositiveInfinity(iOnK))
                {
                    continue;
                }
                var lOnK = times[l, k];
                var delta = Math.Max(0, loads[a] - timeOnA + lOnA - target) - excessA
                    + Math.Max(0, loads[k] - lOnK + iOnK - target) - Math.Max(0, loads[k] - target);
                Offer(delta, iOnK + lOnA - timeOnA - lOnK, i, k, l,
                    tabu[((long)i * edgeCount) + k] > step || tabu[((long)l * edgeCount) + a] > step);
            }
        }
        return best;
    }

    private void Apply(EdgeTaskLists tasks, double[] loads, int task, int edge)
    {
        var from = tasks.EdgeOf[task];
        loads[from] -= times[task, from];
        loads[edge] += times[task, edge];
        tasks.Move(task, edge);
    }

    private double Below(double makespan) => integral ? makespan - 1 : makespan * (1 - 1e-6);
}
