using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Stations;
using EdgeLearnSim.Core.Simulation.Uplinks;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation;

/// <summary>
/// How an edge's uplink serves the uploads waiting at it (docs/pipeline.md). A policy is one subclass that builds its
/// station, registered in <see cref="UplinkPolicies"/>; the station is built once per edge and run, so the choice
/// costs nothing per event.
/// </summary>
public abstract class UplinkPolicy : IRegistryEntry
{
    /// <summary>One upload at a time at the full bandwidth, in the scheduler's order among the tasks that have arrived.</summary>
    public static UplinkPolicy Fifo => FifoUplink.Instance;

    /// <summary>Every waiting upload is active at once and the bandwidth is split equally (processor sharing).</summary>
    public static UplinkPolicy FairShare => FairShareUplink.Instance;

    public abstract string Name { get; }

    public abstract string Description { get; }

    /// <summary>The station that serves one edge's uplink at the rates of <paramref name="profile"/>.</summary>
    internal abstract Station CreateStation(SimulationEnvironment environment, IRateProfile profile, IStationOwner owner);

    public override string ToString() => Name;
}
