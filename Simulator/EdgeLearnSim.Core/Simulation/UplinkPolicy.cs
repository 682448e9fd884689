namespace EdgeLearnSim.Core.Simulation;

/// <summary>How an edge's uplink serves the uploads waiting at it (docs/model.md).</summary>
public enum UplinkPolicy
{
    /// <summary>One upload at a time at the full bandwidth, in the scheduler's order among the tasks that have arrived.</summary>
    Fifo,

    /// <summary>Every waiting upload is active at once and the bandwidth is split equally (processor sharing).</summary>
    FairShare,
}
