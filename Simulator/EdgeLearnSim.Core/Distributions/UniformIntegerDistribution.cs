using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Distributions;

/// <summary>Integer uniform on Min..Max inclusive (the paper's record counts).</summary>
public sealed record UniformIntegerDistribution(long Min, long Max) : DistributionSpec
{
    public static ExtensionKind<DistributionSpec> Kind { get; } = new(
        "uniform-int", "integer uniform on min..max inclusive",
        [
            new KindParameter("min", ParameterType.WholeNumber, "the smallest value"),
            new KindParameter("max", ParameterType.WholeNumber, "the largest value, >= min"),
        ],
        arguments => new UniformIntegerDistribution((long)arguments.Number("min"), (long)arguments.Number("max")));

    public override Func<Random, double> CreateDraw(string field)
    {
        RequireOrdered(field, Min, Max);
        if (Max == long.MaxValue)
        {
            throw new InvalidInputException(field, $"max must be below {long.MaxValue}");
        }
        var (min, max) = (Min, Max);
        return random => random.NextInt64(min, max + 1);
    }

    public override double? Lowest() => Min;

    public override double? Highest() => Max;
}
