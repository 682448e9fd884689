using EdgeLearnSim.Core.Simulation.Dispatch;

namespace EdgeLearnSim.External.Tests.Support;

/// <summary>Passes every decision to another policy and records what it chose.</summary>
internal sealed class RecordingPolicy(IDispatchPolicy inner) : IDispatchPolicy
{
    public List<(int Task, double Time, bool Redispatch, int Edge)> Choices { get; } = [];

    public string Name => inner.Name;

    public void Reset(int tasks, int edges, ulong seed) => inner.Reset(tasks, edges, seed);

    public int Choose(DispatchDecision decision)
    {
        var edge = inner.Choose(decision);
        Choices.Add((decision.Task, decision.Time, decision.Redispatch, edge));
        return edge;
    }
}
