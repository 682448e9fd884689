using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Bandwidth;

namespace EdgeLearnSim.Core.Tests.Simulation;

/// <summary>
/// An independent, engine-free model of one uplink: a plain loop that steps from event to event (arrival,
/// bandwidth breakpoint, completion), advancing every upload at its current rate. Used only to check the DES.
/// </summary>
internal static class SingleEdgeReference
{
    /// <summary>Upload end per task; tasks given as (release, megabits, order key).</summary>
    public static double[] Run(IReadOnlyList<(double Release, double Megabits, long Key)> tasks, double[] starts, double[] rates, double cycle, TraceEndMode mode, UplinkPolicy policy)
    {
        var ends = new double[tasks.Count];
        var remaining = tasks.Select(t => t.Megabits).ToArray();
        var arrivals = Enumerable.Range(0, tasks.Count).OrderBy(i => tasks[i].Release).ThenBy(i => i).ToArray();
        var present = new List<int>();
        var next = 0;
        var current = -1;
        var time = 0.0;
        long cycleIndex = 0;
        var segment = 0;
        var done = 0;
        while (done < tasks.Count)
        {
            while (next < arrivals.Length && tasks[arrivals[next]].Release <= time)
            {
                present.Add(arrivals[next++]);
            }
            var nextArrival = next < arrivals.Length ? tasks[arrivals[next]].Release : double.PositiveInfinity;
            if (present.Count == 0)
            {
                time = Math.Max(time, nextArrival);
                continue;
            }
            while (SegmentEnd(starts, cycle, mode, cycleIndex, segment) <= time)
            {
                if (++segment == starts.Length)
                {
                    segment = 0;
                    cycleIndex++;
                }
            }
            var rate = rates[segment];
            var breakpoint = SegmentEnd(starts, cycle, mode, cycleIndex, segment);
            List<int> served;
            if (policy == UplinkPolicy.Fifo)
            {
                if (current < 0)
                {
                    current = present.OrderBy(i => tasks[i].Key).First();
                }
                served = [current];
            }
            else
            {
                served = present;
            }
            var share = rate / served.Count;
            var finishIn = share > 0 ? served.Min(i => remaining[i]) / share : double.PositiveInfinity;
            var step = Math.Min(finishIn, Math.Min(nextArrival, breakpoint) - time);
            foreach (var i in served)
            {
                remaining[i] -= share * step;
            }
            time += step;
            if (step == finishIn)
            {
                var finished = served.Where(i => remaining[i] <= 1e-9 * tasks[i].Megabits).ToList();
                foreach (var i in finished)
                {
                    ends[i] = time;
                    present.Remove(i);
                    done++;
                    if (i == current)
                    {
                        current = -1;
                    }
                }
            }
        }
        return ends;
    }

    private static double SegmentEnd(double[] starts, double cycle, TraceEndMode mode, long cycleIndex, int segment)
    {
        if (segment + 1 < starts.Length)
        {
            return (cycleIndex * cycle) + starts[segment + 1];
        }
        return mode == TraceEndMode.HoldLast ? double.PositiveInfinity : (cycleIndex + 1) * cycle;
    }
}
