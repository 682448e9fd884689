namespace EdgeLearnSim.Testbed.Experiment;

/// <summary>A cell has finished (<paramref name="Kept"/>: it was already in the store); <paramref name="Done"/> of <paramref name="Total"/>.</summary>
public sealed record TestbedProgress(TestbedCell Cell, bool Kept, int Done, int Total);
