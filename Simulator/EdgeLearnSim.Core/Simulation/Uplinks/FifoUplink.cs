using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Stations;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Uplinks;

/// <summary><c>fifo</c>: one upload at a time at the full bandwidth, in the scheduler's order among the tasks that have arrived.</summary>
internal sealed class FifoUplink : UplinkPolicy
{
    public static FifoUplink Instance { get; } = new();

    public override string Name => "fifo";

    public override string Description => "one upload at a time at the full bandwidth, in the scheduler's order among the tasks that have arrived";

    internal override Station CreateStation(SimulationEnvironment environment, IRateProfile profile, IStationOwner owner) =>
        new FifoStation(environment, profile, owner);
}
