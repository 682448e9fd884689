namespace EdgeLearnSim.Core.Instances;

/// <summary>How release times r_i are drawn. The paper's static problem releases every task at 0.</summary>
public abstract record ArrivalSpec;

/// <summary>Every task released at time 0 (the paper).</summary>
public sealed record AllAtZeroArrivals : ArrivalSpec;

/// <summary>A Poisson process: exponential inter-arrival times with the given rate (tasks per second).</summary>
public sealed record PoissonArrivals(double RatePerSecond) : ArrivalSpec;

/// <summary>Release times read from one column of a CSV trace, in order (task i gets row i).</summary>
public sealed record TraceArrivals(string TracePath, string Column) : ArrivalSpec;
