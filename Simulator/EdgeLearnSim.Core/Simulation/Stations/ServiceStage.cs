namespace EdgeLearnSim.Core.Simulation.Stations;

/// <summary>Which part of a task's work a station performs.</summary>
internal enum ServiceStage
{
    /// <summary>Edge compute; work in seconds at rate 1.</summary>
    Compression,

    /// <summary>Uplink transfer; work in megabits at the uplink's rate in Mbps.</summary>
    Upload,
}
