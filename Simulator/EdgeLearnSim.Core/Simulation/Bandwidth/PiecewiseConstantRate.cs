namespace EdgeLearnSim.Core.Simulation.Bandwidth;

/// <summary>
/// A piecewise-constant rate from trace samples, repeated or held after the last one. Work is integrated through
/// the cumulative work at each sample, so one query costs O(log samples) however long the horizon.
/// </summary>
public sealed class PiecewiseConstantRate : IRateProfile
{
    private readonly double[] starts;
    private readonly double[] rates;
    private readonly double[] cumulative;
    private readonly double cycle;
    private readonly double cycleWork;
    private readonly TraceEndMode endMode;

    /// <param name="starts">Segment start times, the first 0, strictly increasing.</param>
    /// <param name="rates">Rate of each segment before scaling, ≥ 0.</param>
    /// <param name="factor">Multiplier applied to every rate.</param>
    /// <param name="cycle">Length of one cycle; the last segment ends there.</param>
    /// <param name="endMode">What happens after the cycle.</param>
    public PiecewiseConstantRate(ReadOnlySpan<double> starts, ReadOnlySpan<double> rates, double factor, double cycle, TraceEndMode endMode)
    {
        if (starts.Length == 0 || starts.Length != rates.Length || starts[0] != 0 || cycle <= starts[^1])
        {
            throw new ArgumentException("Segments must start at 0, match their rates, and end before the cycle does.");
        }
        this.starts = starts.ToArray();
        this.rates = new double[rates.Length];
        for (var k = 0; k < rates.Length; k++)
        {
            this.rates[k] = rates[k] * factor;
        }
        this.cycle = cycle;
        this.endMode = endMode;
        cumulative = new double[starts.Length + 1];
        for (var k = 0; k < starts.Length; k++)
        {
            var end = k + 1 < starts.Length ? starts[k + 1] : cycle;
            cumulative[k + 1] = cumulative[k] + (this.rates[k] * (end - starts[k]));
        }
        cycleWork = cumulative[^1];
        MeanRate = cycleWork / cycle;
    }

    public double MeanRate { get; }

    public double RateAt(double time)
    {
        if (endMode == TraceEndMode.HoldLast)
        {
            return rates[SegmentAt(Math.Min(time, starts[^1]))];
        }
        var offset = time - (Math.Floor(time / cycle) * cycle);
        return rates[SegmentAt(offset)];
    }

    public double WorkBetween(double startTime, double endTime) => CumulativeWork(endTime) - CumulativeWork(startTime);

    public double CompletionTime(double from, double work)
    {
        if (work <= 0)
        {
            return from;
        }
        var target = CumulativeWork(from) + work;
        double time;
        if (endMode == TraceEndMode.HoldLast)
        {
            var lastStartWork = cumulative[^2];
            if (target > lastStartWork)
            {
                var lastRate = rates[^1];
                if (lastRate <= 0)
                {
                    return double.PositiveInfinity;
                }
                time = starts[^1] + ((target - lastStartWork) / lastRate);
            }
            else
            {
                time = TimeWithinCycle(target);
            }
        }
        else
        {
            if (cycleWork <= 0)
            {
                return double.PositiveInfinity;
            }
            var cycles = Math.Floor(target / cycleWork);
            var remainder = target - (cycles * cycleWork);
            if (remainder <= 0 && cycles > 0)
            {
                cycles--;
                remainder += cycleWork;
            }
            time = (cycles * cycle) + TimeWithinCycle(Math.Min(remainder, cycleWork));
        }
        return Math.Max(time, from);
    }

    /// <summary>Work done from time 0 to <paramref name="time"/>.</summary>
    private double CumulativeWork(double time)
    {
        if (endMode == TraceEndMode.HoldLast)
        {
            if (time >= starts[^1])
            {
                return cumulative[^2] + (rates[^1] * (time - starts[^1]));
            }
            return WorkWithinCycle(time);
        }
        var cycles = Math.Floor(time / cycle);
        return (cycles * cycleWork) + WorkWithinCycle(time - (cycles * cycle));
    }

    private double WorkWithinCycle(double offset)
    {
        var s = SegmentAt(offset);
        return cumulative[s] + (rates[s] * (offset - starts[s]));
    }

    /// <summary>The earliest offset in a cycle by which <paramref name="work"/> (0 &lt; work ≤ cycle work) is done.</summary>
    private double TimeWithinCycle(double work)
    {
        // Smallest s with cumulative[s + 1] ≥ work; then cumulative[s] < work, so rates[s] > 0.
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (cumulative[mid + 1] >= work)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return starts[lo] + ((work - cumulative[lo]) / rates[lo]);
    }

    /// <summary>The segment containing <paramref name="offset"/> (the last start ≤ offset).</summary>
    private int SegmentAt(double offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }
}
