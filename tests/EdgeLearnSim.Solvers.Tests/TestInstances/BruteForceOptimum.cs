using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Solvers.Tests.TestInstances;

/// <summary>OPT by enumerating every assignment (with the obvious pruning); for n ≤ ~10, m ≤ ~4 only.</summary>
public static class BruteForceOptimum
{
    public static double Makespan(ISchedulingInstance instance)
    {
        var loads = new double[instance.EdgeCount];
        var best = double.PositiveInfinity;
        Search(instance, 0, loads, 0, ref best);
        return instance.TaskCount == 0 ? 0 : best;
    }

    private static void Search(ISchedulingInstance instance, int task, double[] loads, double makespan, ref double best)
    {
        if (makespan >= best)
        {
            return;
        }
        if (task == instance.TaskCount)
        {
            best = makespan;
            return;
        }
        foreach (var j in instance.EligibleEdges(task))
        {
            // Restore the saved load rather than subtract: (L + V) − V need not be L in doubles.
            var previous = loads[j];
            loads[j] = previous + instance.ProcessingTime(task, j);
            Search(instance, task + 1, loads, Math.Max(makespan, loads[j]), ref best);
            loads[j] = previous;
        }
    }
}
