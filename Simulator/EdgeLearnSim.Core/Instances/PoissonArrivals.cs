using System.Globalization;
using EdgeLearnSim.Core.Extensions;
using MathNet.Numerics.Distributions;

namespace EdgeLearnSim.Core.Instances;

/// <summary>A Poisson process: exponential inter-arrival times with the given rate (tasks per second).</summary>
public sealed record PoissonArrivals(double RatePerSecond) : ArrivalSpec
{
    private const string RateKey = "rate_per_second";

    public static ExtensionKind<ArrivalSpec> Kind { get; } = new(
        "poisson", "a Poisson process: exponential gaps between releases, the first after one gap",
        [new KindParameter(RateKey, ParameterType.Number, "the arrival rate in tasks per second") { Minimum = 0, MinimumExcluded = true }],
        arguments => new PoissonArrivals(arguments.Number(RateKey)));

    /// <summary>The running sum of exponential gaps, so times ascend.</summary>
    public override double[] Generate(int taskCount, Random random)
    {
        var times = new double[taskCount];
        var clock = 0.0;
        for (var i = 0; i < taskCount; i++)
        {
            clock += Exponential.Sample(random, RatePerSecond);
            times[i] = clock;
        }
        return times;
    }

    public override void Validate(int taskCount)
    {
        if (!(double.IsFinite(RatePerSecond) && RatePerSecond > 0))
        {
            throw new InvalidInputException(
                $"{ArrivalGenerator.Field}.{Kind.Name}.{RateKey}", $"must be positive and finite, not {RatePerSecond.ToString("R", CultureInfo.InvariantCulture)}");
        }
    }
}
