namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>One point of a scenario's sweep grid: the value of every axis (in axis order) and the resolved settings.</summary>
public sealed record SweepPoint(int Index, IReadOnlyList<string> Values, ScenarioSettings Settings);
