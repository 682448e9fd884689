using EdgeLearnSim.Core.Extensions;
using MathNet.Numerics.Distributions;

namespace EdgeLearnSim.Core.Distributions;

/// <summary>Real uniform on [Min, Max].</summary>
public sealed record UniformDistribution(double Min, double Max) : DistributionSpec
{
    public static ExtensionKind<DistributionSpec> Kind { get; } = new(
        "uniform", "real uniform on [min, max]",
        [
            new KindParameter("min", ParameterType.Number, "the smallest value"),
            new KindParameter("max", ParameterType.Number, "the largest value, >= min"),
        ],
        arguments => new UniformDistribution(arguments.Number("min"), arguments.Number("max")));

    public override Func<Random, double> CreateDraw(string field)
    {
        RequireFinite(field, "min", Min);
        RequireFinite(field, "max", Max);
        RequireOrdered(field, Min, Max);
        var (min, max) = (Min, Max);
        return min == max ? _ => min : random => ContinuousUniform.Sample(random, min, max);
    }

    public override double? Lowest() => Min;

    public override double? Highest() => Max;
}
