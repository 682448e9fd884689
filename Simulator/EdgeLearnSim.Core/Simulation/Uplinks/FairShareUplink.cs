using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Stations;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Uplinks;

/// <summary><c>fair-share</c>: every waiting upload is active at once and the bandwidth is split equally (processor sharing).</summary>
internal sealed class FairShareUplink : UplinkPolicy
{
    public static FairShareUplink Instance { get; } = new();

    public override string Name => "fair-share";

    public override string Description => "every waiting upload is active at once and the bandwidth is split equally (processor sharing)";

    internal override Station CreateStation(SimulationEnvironment environment, IRateProfile profile, IStationOwner owner) =>
        new FairShareStation(environment, profile, owner);
}
