namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>The built-in online dispatch policies as <see cref="IDispatchPolicy"/> objects.</summary>
public static class DispatchPolicies
{
    /// <summary>A fresh policy object for <paramref name="policy"/> (policies keep per-run state).</summary>
    public static IDispatchPolicy Create(OnlinePolicy policy) => policy switch
    {
        OnlinePolicy.Random => new RandomDispatchPolicy(),
        OnlinePolicy.LeastLoaded => new LeastExpectedFinishPolicy(),
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Not an online policy."),
    };
}
