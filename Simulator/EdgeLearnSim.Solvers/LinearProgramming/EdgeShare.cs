namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>The fraction of one task an LP solution places on one edge.</summary>
internal readonly record struct EdgeShare(int Edge, double Share);
