namespace EdgeLearnSim.Core.Accuracy;

/// <summary>The result of fitting A(R) = a·ln(R + b) + c to measured points.</summary>
/// <param name="Model">The fitted (a, b, c).</param>
/// <param name="RSquared">1 − SSE/SST over the points (1 is a perfect fit).</param>
/// <param name="Count">How many points were fitted.</param>
public sealed record AccuracyFit(AccuracyModel Model, double RSquared, int Count);
