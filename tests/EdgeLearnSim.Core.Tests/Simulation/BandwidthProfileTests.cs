using EdgeLearnSim.Core.Simulation.Bandwidth;

namespace EdgeLearnSim.Core.Tests.Simulation;

public class BandwidthProfileTests
{
    private static BandwidthTrace Trace(string text) => BandwidthTrace.Parse("test.trace", text.Split('\n'));

    [Fact]
    public void Trace_ShiftsToZeroAndComputesCycleAndMean()
    {
        var trace = Trace("10 8\n12 4\n# comment\n\n14 0");
        Assert.Equal([0.0, 2.0, 4.0], trace.Times.ToArray());
        Assert.Equal(6.0, trace.CycleSeconds);
        Assert.Equal((16.0 + 8.0 + 0.0) / 6.0, trace.MeanMbps, 12);
    }

    [Theory]
    [InlineData("0 1\n0 2", "test.trace:2:1", "increase strictly")]
    [InlineData("0 1\n1 -2", "test.trace:2:3", "negative")]
    [InlineData("0 1\n1 x", "test.trace:2:3", "not a finite number")]
    [InlineData("0 1 3", "test.trace:1:1", "two columns")]
    [InlineData("# nothing", "test.trace", "no samples")]
    public void Trace_BadInputNamesFileLineAndColumn(string text, string location, string problem)
    {
        var error = Assert.Throws<InvalidInputException>(() => Trace(text));
        Assert.Equal(location, error.Location);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void HoldLast_HandComputedHalvingBandwidth()
    {
        var profile = new PiecewiseConstantRate(Trace("0 8\n2 4").Times, Trace("0 8\n2 4").Mbps, 1.0, 4.0, TraceEndMode.HoldLast);
        // 24 Mbit from t=0: 16 Mbit in [0,2] at 8 Mbps, then 8 Mbit at 4 Mbps: done at 4 s.
        Assert.Equal(4.0, profile.CompletionTime(0, 24), 12);
        Assert.Equal(6.0, profile.CompletionTime(4, 8), 12);
        Assert.Equal(8.0 + 4.0 * 98, profile.WorkBetween(1, 100), 9);
        Assert.Equal(4.0, profile.RateAt(1e9));
    }

    [Fact]
    public void Repeat_WrapsAroundTheCycle()
    {
        var trace = Trace("0 8\n2 4");
        var profile = new PiecewiseConstantRate(trace.Times, trace.Mbps, 2.0, trace.CycleSeconds, TraceEndMode.Repeat);
        // Rates 16 on [0,2), 8 on [2,4), repeating: 48 Mbit per cycle.
        Assert.Equal(4.0, profile.CompletionTime(0, 48), 12);
        Assert.Equal(8.0, profile.CompletionTime(4, 48), 12);
        Assert.Equal(4.0 + 1.0, profile.CompletionTime(3, 8 + 16), 12);
        Assert.Equal(16.0, profile.RateAt(400.5));
        Assert.Equal(8.0, profile.RateAt(402.5));
        Assert.Equal(12.0, profile.MeanRate, 12);
    }

    [Fact]
    public void ZeroForEver_CompletionIsInfinite()
    {
        var hold = new PiecewiseConstantRate([0.0, 1.0], [8.0, 0.0], 1.0, 2.0, TraceEndMode.HoldLast);
        Assert.Equal(1.0, hold.CompletionTime(0, 8), 12);
        Assert.True(double.IsPositiveInfinity(hold.CompletionTime(0, 8.5)));
        var allZero = new PiecewiseConstantRate([0.0, 1.0], [0.0, 0.0], 1.0, 2.0, TraceEndMode.Repeat);
        Assert.True(double.IsPositiveInfinity(allZero.CompletionTime(3, 1)));
        Assert.True(double.IsPositiveInfinity(new ConstantRate(0).CompletionTime(0, 1)));
    }

    [Fact]
    public void CompletionTime_AgreesWithSegmentByWalking_OnRandomTraces()
    {
        var random = SimulationTestInstances.Seeded(7);
        for (var trial = 0; trial < 2000; trial++)
        {
            var count = random.Next(1, 8);
            var starts = new double[count];
            var rates = new double[count];
            for (var k = 0; k < count; k++)
            {
                starts[k] = k == 0 ? 0 : starts[k - 1] + 0.1 + (3 * random.NextDouble());
                rates[k] = random.NextDouble() < 0.3 ? 0 : 10 * random.NextDouble();
            }
            rates[random.Next(count)] = 1 + random.NextDouble();
            var cycle = starts[^1] + 0.1 + random.NextDouble();
            var mode = random.NextDouble() < 0.5 ? TraceEndMode.Repeat : TraceEndMode.HoldLast;
            if (mode == TraceEndMode.HoldLast)
            {
                rates[^1] = 0.5 + random.NextDouble();
            }
            var profile = new PiecewiseConstantRate(starts, rates, 1.0, cycle, mode);
            var from = 30 * random.NextDouble();
            var work = 50 * random.NextDouble();
            var expected = WalkSegments(starts, rates, cycle, mode, from, work);
            var actual = profile.CompletionTime(from, work);
            Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, expected), $"trial {trial}: walked {expected}, got {actual}");
            Assert.Equal(work, profile.WorkBetween(from, actual), 1e-8 * Math.Max(1, work));
        }
    }

    /// <summary>Independent reference: step from breakpoint to breakpoint, spending the work segment by segment.</summary>
    private static double WalkSegments(double[] starts, double[] rates, double cycle, TraceEndMode mode, double from, double work)
    {
        var cycleIndex = mode == TraceEndMode.Repeat ? (long)Math.Floor(from / cycle) : 0;
        var k = starts.Length - 1;
        while (k > 0 && cycleIndex * cycle + starts[k] > from)
        {
            k--;
        }
        var time = from;
        var left = work;
        while (true)
        {
            var rate = rates[k];
            var last = k + 1 == starts.Length;
            if (last && mode == TraceEndMode.HoldLast)
            {
                return time + (left / rate);
            }
            var segmentEnd = cycleIndex * cycle + (last ? cycle : starts[k + 1]);
            var capacity = rate * Math.Max(0, segmentEnd - time);
            if (rate > 0 && capacity >= left)
            {
                return time + (left / rate);
            }
            left -= capacity;
            time = Math.Max(time, segmentEnd);
            if (last)
            {
                cycleIndex++;
                k = 0;
            }
            else
            {
                k++;
            }
        }
    }
}
