using EdgeLearnSim.Core.Simulation.Dispatch;

namespace EdgeLearnSim.Core.Simulation.Stations;

/// <summary>What a station reports to the edge that owns it.</summary>
internal interface IStationOwner
{
    void StageStarted(ServiceStage stage, TaskProgress task);

    void StageCompleted(ServiceStage stage, TaskProgress task);

    /// <summary>The station holds <paramref name="work"/> units of work and its rate is zero for ever.</summary>
    void Stalled(ServiceStage stage, double work);
}
