using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Dispatch;

namespace EdgeLearnSim.Experiments.Tests.Scenarios.Registration;

/// <summary>A test-only online dispatch policy: the first eligible edge that is up, or parked when none is.</summary>
internal sealed class FirstUpEdgePolicy : IDispatchPolicy
{
    public static OnlinePolicy Kind { get; } = new("first-up-edge", "the first eligible edge that is up", () => new FirstUpEdgePolicy());

    public string Name => Kind.Name;

    public void Reset(int tasks, int edges, ulong seed)
    {
    }

    public int Choose(DispatchDecision decision)
    {
        foreach (var edge in decision.Edges)
        {
            if (edge.Up)
            {
                return edge.Edge;
            }
        }
        return -1;
    }
}
