using System.Globalization;
using MathNet.Numerics.Distributions;

namespace EdgeLearnSim.Core.Distributions;

/// <summary>
/// Draws values of one <see cref="DistributionSpec"/> from a caller's seeded stream. Construction validates the
/// parameters (and reads an empirical trace column once, cached per process); sampling is then allocation-free and
/// depends only on the stream, so a fixed seed gives fixed values.
/// </summary>
public sealed class DistributionSampler
{
    private readonly Func<Random, double> draw;

    /// <param name="spec">The distribution.</param>
    /// <param name="field">The scenario field it came from, named in every error (e.g. <c>bandwidth-mbps</c>).</param>
    /// <exception cref="InvalidInputException">
    /// Nonsense parameters (NaN or infinite values, min &gt; max, a negative standard deviation) with
    /// <paramref name="field"/> as location, or a bad trace file with file and line.
    /// </exception>
    public DistributionSampler(DistributionSpec spec, string field)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(field);
        Spec = spec;
        draw = spec switch
        {
            ConstantDistribution constant => Constant(constant, field),
            UniformDistribution uniform => Uniform(uniform, field),
            UniformIntegerDistribution uniformInteger => UniformInteger(uniformInteger, field),
            NormalDistribution normal => Normal(normal, field),
            LogNormalDistribution logNormal => LogNormal(logNormal, field),
            EmpiricalDistribution empirical => Empirical(empirical, field),
            _ => throw new InvalidInputException(field, $"unsupported distribution {spec.GetType().Name}"),
        };
    }

    public DistributionSpec Spec { get; }

    /// <summary>One draw from <paramref name="random"/>.</summary>
    public double Sample(Random random) => draw(random);

    private static Func<Random, double> Constant(ConstantDistribution spec, string field)
    {
        RequireFinite(field, "value", spec.Value);
        var value = spec.Value;
        return _ => value;
    }

    private static Func<Random, double> Uniform(UniformDistribution spec, string field)
    {
        RequireFinite(field, "min", spec.Min);
        RequireFinite(field, "max", spec.Max);
        RequireOrdered(field, spec.Min, spec.Max);
        var (min, max) = (spec.Min, spec.Max);
        return min == max ? _ => min : random => ContinuousUniform.Sample(random, min, max);
    }

    private static Func<Random, double> UniformInteger(UniformIntegerDistribution spec, string field)
    {
        RequireOrdered(field, spec.Min, spec.Max);
        if (spec.Max == long.MaxValue)
        {
            throw new InvalidInputException(field, $"max must be below {long.MaxValue}");
        }
        var (min, max) = (spec.Min, spec.Max);
        return random => random.NextInt64(min, max + 1);
    }

    private static Func<Random, double> Normal(NormalDistribution spec, string field)
    {
        RequireFinite(field, "mean", spec.Mean);
        RequireNonNegative(field, "sd", spec.StdDev);
        var (mean, sd) = (spec.Mean, spec.StdDev);
        return random => MathNet.Numerics.Distributions.Normal.Sample(random, mean, sd);
    }

    private static Func<Random, double> LogNormal(LogNormalDistribution spec, string field)
    {
        RequireFinite(field, "mu", spec.Mu);
        RequireNonNegative(field, "sigma", spec.Sigma);
        var (mu, sigma) = (spec.Mu, spec.Sigma);
        return random => MathNet.Numerics.Distributions.LogNormal.Sample(random, mu, sigma);
    }

    private static Func<Random, double> Empirical(EmpiricalDistribution spec, string field)
    {
        if (string.IsNullOrWhiteSpace(spec.TracePath) || string.IsNullOrWhiteSpace(spec.Column))
        {
            throw new InvalidInputException(field, "an empirical distribution needs a trace path and a column name");
        }
        var values = TraceColumns.Read(spec.TracePath, spec.Column);
        return random => values[random.Next(values.Length)];
    }

    private static void RequireFinite(string field, string parameter, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidInputException(field, $"{parameter} must be a finite number, not {Format(value)}");
        }
    }

    private static void RequireNonNegative(string field, string parameter, double value)
    {
        RequireFinite(field, parameter, value);
        if (value < 0)
        {
            throw new InvalidInputException(field, $"{parameter} must be ≥ 0, not {Format(value)}");
        }
    }

    private static void RequireOrdered(string field, double min, double max)
    {
        if (min > max)
        {
            throw new InvalidInputException(field, $"min {Format(min)} is greater than max {Format(max)}");
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
