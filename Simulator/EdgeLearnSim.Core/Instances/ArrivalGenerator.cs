using System.Globalization;
using EdgeLearnSim.Core.Distributions;
using MathNet.Numerics.Distributions;

namespace EdgeLearnSim.Core.Instances;

/// <summary>Draws release times r_i from an <see cref="ArrivalSpec"/> and a caller's seeded stream.</summary>
public static class ArrivalGenerator
{
    /// <summary>The scenario field named in arrival errors.</summary>
    public const string Field = "arrivals";

    /// <summary>
    /// <paramref name="taskCount"/> release times in seconds, all finite and ≥ 0. All-at-zero: zeros. Poisson: the
    /// running sum of exponential gaps (the first task arrives after one gap), so times ascend. Trace: row i of the
    /// column for task i; extra rows are ignored.
    /// </summary>
    /// <exception cref="InvalidInputException">A rate that is not positive and finite, a trace with fewer rows than tasks, or a negative trace time.</exception>
    public static double[] Generate(ArrivalSpec spec, int taskCount, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Validate(spec, taskCount);
        var times = new double[taskCount];
        switch (spec)
        {
            case PoissonArrivals poisson:
                var rate = poisson.RatePerSecond;
                var clock = 0.0;
                for (var i = 0; i < taskCount; i++)
                {
                    clock += Exponential.Sample(random, rate);
                    times[i] = clock;
                }
                break;
            case TraceArrivals trace:
                TraceColumns.Read(trace.TracePath, trace.Column).AsSpan(0, taskCount).CopyTo(times);
                break;
        }
        return times;
    }

    /// <summary>Checks the spec's parameters (and reads a trace) for <paramref name="taskCount"/> tasks without drawing anything.</summary>
    /// <exception cref="InvalidInputException">As <see cref="Generate"/>.</exception>
    public static void Validate(ArrivalSpec spec, int taskCount)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegative(taskCount);
        switch (spec)
        {
            case AllAtZeroArrivals:
                break;
            case PoissonArrivals { RatePerSecond: var rate }:
                if (!(double.IsFinite(rate) && rate > 0))
                {
                    throw new InvalidInputException(
                        $"{Field}.poisson.rate_per_second", $"must be positive and finite, not {rate.ToString("R", CultureInfo.InvariantCulture)}");
                }
                break;
            case TraceArrivals trace:
                var column = TraceColumns.Read(trace.TracePath, trace.Column);
                if (column.Length < taskCount)
                {
                    throw new InvalidInputException(
                        trace.TracePath, $"column '{trace.Column}' has {column.Length} release times for {taskCount} tasks");
                }
                for (var i = 0; i < taskCount; i++)
                {
                    if (column[i] < 0)
                    {
                        throw new InvalidInputException(
                            trace.TracePath,
                            $"column '{trace.Column}': release time of task {i} is {column[i].ToString("R", CultureInfo.InvariantCulture)}; times must be ≥ 0");
                    }
                }
                break;
            default:
                throw new InvalidInputException(Field, $"unsupported arrival process {spec.GetType().Name}");
        }
    }
}
