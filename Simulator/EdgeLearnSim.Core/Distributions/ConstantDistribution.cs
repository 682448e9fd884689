using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Distributions;

/// <summary>Always <paramref name="Value"/>.</summary>
public sealed record ConstantDistribution(double Value) : DistributionSpec
{
    public static ExtensionKind<DistributionSpec> Kind { get; } = new(
        "constant", "always the same value (a bare number means the same)",
        [new KindParameter("value", ParameterType.Number, "the value")],
        arguments => new ConstantDistribution(arguments.Number("value")));

    public override Func<Random, double> CreateDraw(string field)
    {
        RequireFinite(field, "value", Value);
        var value = Value;
        return _ => value;
    }

    public override double? Lowest() => Value;

    public override double? Highest() => Value;
}
