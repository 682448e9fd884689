using System.Globalization;

namespace EdgeLearnSim.Core.Distributions;

/// <summary>
/// A per-task or per-edge quantity's distribution, as a scenario names it. A distribution is one subclass with a
/// static <c>Kind</c> entry (its scenario parameters and factory) registered in <see cref="DistributionKinds"/>;
/// <see cref="DistributionSampler"/> and <c>validate</c> call only the members below.
/// </summary>
public abstract record DistributionSpec
{
    /// <summary>
    /// Checks the parameters and returns a draw from a caller's seeded stream that depends only on that stream.
    /// </summary>
    /// <param name="field">The scenario field it came from, named in every error.</param>
    /// <exception cref="InvalidInputException">Nonsense parameters with <paramref name="field"/> as location, or a bad trace file with file and line.</exception>
    public abstract Func<Random, double> CreateDraw(string field);

    /// <summary>The smallest value a draw can take, or null when unbounded or known only after reading data.</summary>
    public virtual double? Lowest() => null;

    /// <summary>The largest value a draw can take, or null when unbounded or known only after reading data.</summary>
    public virtual double? Highest() => null;

    protected static void RequireFinite(string field, string parameter, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidInputException(field, $"{parameter} must be a finite number, not {Format(value)}");
        }
    }

    protected static void RequireNonNegative(string field, string parameter, double value)
    {
        RequireFinite(field, parameter, value);
        if (value < 0)
        {
            throw new InvalidInputException(field, $"{parameter} must be ≥ 0, not {Format(value)}");
        }
    }

    protected static void RequireOrdered(string field, double min, double max)
    {
        if (min > max)
        {
            throw new InvalidInputException(field, $"min {Format(min)} is greater than max {Format(max)}");
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
