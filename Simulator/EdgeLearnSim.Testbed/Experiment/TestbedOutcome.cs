namespace EdgeLearnSim.Testbed.Experiment;

/// <summary>The points of every finished cell in grid order (record count, repeat, ratio); <paramref name="Cancelled"/> if it stopped early.</summary>
public sealed record TestbedOutcome(IReadOnlyList<AccuracyPoint> Points, bool Cancelled);
