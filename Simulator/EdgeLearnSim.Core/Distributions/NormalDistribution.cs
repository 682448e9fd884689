using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Distributions;

/// <summary>N(Mean, StdDev²).</summary>
public sealed record NormalDistribution(double Mean, double StdDev) : DistributionSpec
{
    public static ExtensionKind<DistributionSpec> Kind { get; } = new(
        "normal", "normal with the given mean and standard deviation",
        [
            new KindParameter("mean", ParameterType.Number, "the mean"),
            new KindParameter("sd", ParameterType.Number, "the standard deviation") { Minimum = 0 },
        ],
        arguments => new NormalDistribution(arguments.Number("mean"), arguments.Number("sd")));

    public override Func<Random, double> CreateDraw(string field)
    {
        RequireFinite(field, "mean", Mean);
        RequireNonNegative(field, "sd", StdDev);
        var (mean, sd) = (Mean, StdDev);
        return random => MathNet.Numerics.Distributions.Normal.Sample(random, mean, sd);
    }
}
