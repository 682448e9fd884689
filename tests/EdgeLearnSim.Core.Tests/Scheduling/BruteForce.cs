using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Tests.Scheduling;

/// <summary>OPT by enumerating every assignment: an independent check for small instances (m^n ≤ a few thousand).</summary>
internal static class BruteForce
{
    public static double OptimalMakespan(ISchedulingInstance instance)
    {
        var n = instance.TaskCount;
        var m = instance.EdgeCount;
        var edgeOf = new int[n];
        var best = double.PositiveInfinity;
        var loads = new double[m];
        while (true)
        {
            Array.Clear(loads);
            var valid = true;
            for (var i = 0; i < n && valid; i++)
            {
                var time = instance.ProcessingTime(i, edgeOf[i]);
                valid = !double.IsPositiveInfinity(time);
                loads[edgeOf[i]] += time;
            }
            if (valid)
            {
                best = Math.Min(best, n == 0 ? 0 : loads.Max());
            }
            var position = 0;
            while (position < n && ++edgeOf[position] == m)
            {
                edgeOf[position++] = 0;
            }
            if (position == n)
            {
                return best;
            }
        }
    }
}
