namespace EdgeLearnSim.Core.Simulation.Bandwidth;

/// <summary>What a bandwidth trace does after its last sample.</summary>
public enum TraceEndMode
{
    /// <summary>The trace starts over after one cycle (<see cref="BandwidthTrace.CycleSeconds"/>).</summary>
    Repeat,

    /// <summary>The last sample's rate holds for ever.</summary>
    HoldLast,
}
