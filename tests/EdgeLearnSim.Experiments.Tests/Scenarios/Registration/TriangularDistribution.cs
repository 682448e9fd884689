using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Experiments.Tests.Scenarios.Registration;

/// <summary>A test-only distribution: triangular on [Min, Max] with its peak at Mode.</summary>
internal sealed record TriangularDistribution(double Min, double Mode, double Max) : DistributionSpec
{
    public static ExtensionKind<DistributionSpec> Kind { get; } = new(
        "triangular", "triangular on [min, max] with its peak at mode",
        [new KindParameter("min", ParameterType.Number, "the smallest value"), new KindParameter("mode", ParameterType.Number, "the peak"), new KindParameter("max", ParameterType.Number, "the largest value")],
        arguments => new TriangularDistribution(arguments.Number("min"), arguments.Number("mode"), arguments.Number("max")));

    public override Func<Random, double> CreateDraw(string field)
    {
        if (!(Min <= Mode && Mode <= Max))
        {
            throw new InvalidInputException(field, $"expected min <= mode <= max, found [{Min}, {Mode}, {Max}]");
        }
        var (min, mode, max) = (Min, Mode, Max);
        return random => MathNet.Numerics.Distributions.Triangular.Sample(random, min, max, mode);
    }

    public override double? Lowest() => Min;

    public override double? Highest() => Max;
}
