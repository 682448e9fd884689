namespace EdgeLearnSim.Reporting.Figures;

/// <summary>Where in a report a figure is linked.</summary>
public enum FigureSection
{
    /// <summary>Under its topology's heading: the summary figures and the completion-time distribution.</summary>
    Topology,

    /// <summary>Under the representative cell's run over time: bandwidth and the Gantt chart.</summary>
    Timeline,

    /// <summary>Under the accuracy model (Fig. 3).</summary>
    Accuracy,

    /// <summary>In the running-time section, the only one that depends on the machine.</summary>
    RunningTime,
}
