using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Outages;

/// <summary>What an <see cref="OutageModel"/> drives in one run: the edges, by index, and the simulated clock.</summary>
internal interface IOutageTarget
{
    SimulationEnvironment Environment { get; }

    int EdgeCount { get; }

    /// <summary>Takes edge <paramref name="edge"/> down, handing its tasks back for re-dispatch.</summary>
    void Fail(int edge);

    /// <summary>Brings edge <paramref name="edge"/> back up, placing the tasks that waited for an edge.</summary>
    void Recover(int edge);
}
