namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// How a plotted run column appears in the figures: one figure <c>PREFIX-&lt;topology&gt;.png</c> per topology with the
/// summary mean and 95% interval of the column per scheduler against the first swept parameter.
/// <paramref name="DynamicOnly"/> columns are drawn only for scenarios whose uploads are not the paper's static
/// setting (see <see cref="Scenarios.Scenario.IsDynamic"/>), where they can differ between schedulers.
/// <paramref name="WithoutReference"/> figures leave out the scenario's reference scheduler (usually <c>random</c>,
/// far above the others), so that the near-equal schedulers separate on the y scale.
/// </summary>
public sealed record RunColumnPlot(string Prefix, string YLabel, string Title, bool DynamicOnly = false, bool WithoutReference = false);
