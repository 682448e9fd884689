namespace EdgeLearnSim.Core.Distributions;

/// <summary>A per-task or per-edge quantity's distribution, as a scenario names it. Sampled with a seeded stream.</summary>
public abstract record DistributionSpec;

/// <summary>Always <paramref name="Value"/>.</summary>
public sealed record ConstantDistribution(double Value) : DistributionSpec;

/// <summary>Real uniform on [Min, Max].</summary>
public sealed record UniformDistribution(double Min, double Max) : DistributionSpec;

/// <summary>Integer uniform on Min..Max inclusive (the paper's record counts).</summary>
public sealed record UniformIntegerDistribution(long Min, long Max) : DistributionSpec;

public sealed record NormalDistribution(double Mean, double StdDev) : DistributionSpec;

/// <summary>exp(N(Mu, Sigma²)).</summary>
public sealed record LogNormalDistribution(double Mu, double Sigma) : DistributionSpec;

/// <summary>Draws uniformly among the values of one numeric column of a CSV trace (a measured table).</summary>
public sealed record EmpiricalDistribution(string TracePath, string Column) : DistributionSpec;
