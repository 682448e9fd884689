namespace EdgeLearnSim.Core.Simulation.Stations;

/// <summary>Which part of a task's work a station performs.</summary>
internal enum ServiceStage
{
    /// <summary>Device→edge transfer of the raw data; work in megabits at the water-filled rate.</summary>
    Access,

    /// <summary>Edge compute; work in raw bytes at 1/κ_j bytes per second per core.</summary>
    Compression,

    /// <summary>Uplink transfer; work in megabits at the uplink's rate in Mbps.</summary>
    Upload,
}
