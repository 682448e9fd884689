using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Distributions;

/// <summary>exp(N(Mu, Sigma²)).</summary>
public sealed record LogNormalDistribution(double Mu, double Sigma) : DistributionSpec
{
    public static ExtensionKind<DistributionSpec> Kind { get; } = new(
        "lognormal", "exp of a normal with mean mu and standard deviation sigma",
        [
            new KindParameter("mu", ParameterType.Number, "the underlying normal's mean"),
            new KindParameter("sigma", ParameterType.Number, "the underlying normal's standard deviation") { Minimum = 0 },
        ],
        arguments => new LogNormalDistribution(arguments.Number("mu"), arguments.Number("sigma")));

    public override Func<Random, double> CreateDraw(string field)
    {
        RequireFinite(field, "mu", Mu);
        RequireNonNegative(field, "sigma", Sigma);
        var (mu, sigma) = (Mu, Sigma);
        return random => MathNet.Numerics.Distributions.LogNormal.Sample(random, mu, sigma);
    }
}
