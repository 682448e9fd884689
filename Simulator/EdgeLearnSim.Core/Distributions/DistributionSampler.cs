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
        draw = spec.CreateDraw(field);
    }

    public DistributionSpec Spec { get; }

    /// <summary>One draw from <paramref name="random"/>.</summary>
    public double Sample(Random random) => draw(random);
}
