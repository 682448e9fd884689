namespace EdgeLearnSim.Experiments.Results;

/// <summary>Which scenarios a plotted run column is drawn for.</summary>
public enum PlotScope
{
    /// <summary>Every scenario.</summary>
    Always,

    /// <summary>Scenarios whose uploads are not the paper's static setting (<see cref="Scenarios.Scenario.IsDynamic"/>), where the column can differ between schedulers.</summary>
    Dynamic,

    /// <summary>Scenarios with edge outages (<see cref="Scenarios.Scenario.HasOutages"/>): without them the column is zero.</summary>
    Outages,
}

/// <summary>
/// How a plotted run column appears in the figures: one figure <c>PREFIX-&lt;topology&gt;.png</c> per topology with the
/// summary mean and 95% interval of the column per scheduler against the first swept parameter, for the scenarios
/// <paramref name="Scope"/> names.
/// <paramref name="WithoutReference"/> figures leave out the scenario's reference scheduler (usually <c>random</c>,
/// far above the others), so that the near-equal schedulers separate on the y scale.
/// </summary>
public sealed record RunColumnPlot(string Prefix, string YLabel, string Title, PlotScope Scope = PlotScope.Always, bool WithoutReference = false)
{
    /// <summary>True when the column is drawn for <paramref name="scenario"/>.</summary>
    public bool DrawnFor(Scenarios.Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Scope switch
        {
            PlotScope.Dynamic => scenario.IsDynamic,
            PlotScope.Outages => scenario.HasOutages,
            _ => true,
        };
    }
}
