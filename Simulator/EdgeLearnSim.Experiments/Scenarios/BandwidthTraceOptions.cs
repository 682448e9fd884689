namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Time-varying uplink bandwidth for the simulation: trace files (two whitespace columns <c>time_s mbps</c>)
/// assigned round-robin to edges. Each trace's shape (rate divided by its mean) modulates the edge's B_j when
/// <paramref name="NormaliseToMean"/> is set; otherwise its rates are multiplied by <paramref name="Scale"/>.
/// </summary>
/// <param name="Files">Absolute paths, resolved when the scenario was read.</param>
/// <param name="Scale">Multiplies the trace's rates when it is not normalised.</param>
/// <param name="NormaliseToMean">Use the trace's shape (rate / mean rate) times the edge's B_j.</param>
/// <param name="HoldLast">After the last sample keep its rate (true) or repeat the trace from the start (false).</param>
public sealed record BandwidthTraceOptions(IReadOnlyList<string> Files, bool HoldLast, double Scale, bool NormaliseToMean);
