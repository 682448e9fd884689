using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// <c>online-random</c>: at release, a uniformly random eligible edge that is up, drawn from the run's
/// <c>online-random</c> stream (derived from the run seed). A re-dispatched or parked task goes by least expected
/// finish (<see cref="LeastExpectedFinishPolicy"/>), as it does under every built-in policy.
/// </summary>
public sealed class RandomDispatchPolicy : IDispatchPolicy
{
    /// <summary>The scenario name.</summary>
    public const string PolicyName = "online-random";

    public static OnlinePolicy Kind { get; } = new(PolicyName, "a uniformly random eligible edge that is up", () => new RandomDispatchPolicy());

    private readonly LeastExpectedFinishPolicy redispatch = new();
    private readonly List<int> candidates = [];
    private RandomSource? stream;

    public string Name => PolicyName;

    public void Reset(int tasks, int edges, ulong seed) =>
        stream = SeededRandom.For(seed, PolicyName);

    public int Choose(DispatchDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Redispatch)
        {
            return redispatch.Choose(decision);
        }
        var random = stream ?? throw new InvalidOperationException("Reset must come before the first decision.");
        candidates.Clear();
        foreach (var edge in decision.Edges)
        {
            if (edge.Up)
            {
                candidates.Add(edge.Edge);
            }
        }
        return candidates.Count == 0 ? -1 : candidates[random.Next(candidates.Count)];
    }
}
