namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// The extension point for online dispatch (docs/model.md, beyond the paper): which edge a task goes to when it is
/// released or re-dispatched. One instance serves one simulation run: <see cref="Reset"/> comes first, then one
/// <see cref="Choose"/> per decision, in simulated-time order.
/// </summary>
public interface IDispatchPolicy
{
    /// <summary>The name in the <c>scheduler</c> column (for example <c>online-least-loaded</c>).</summary>
    string Name { get; }

    /// <summary>Starts a run of <paramref name="tasks"/> tasks on <paramref name="edges"/> edges; <paramref name="seed"/> seeds any randomness the policy has.</summary>
    void Reset(int tasks, int edges, ulong seed);

    /// <summary>
    /// The chosen edge index: one of the <see cref="DispatchDecision.Edges"/> that is up, or −1 to park the task
    /// until an eligible edge comes back up (only valid when none is up). Anything else fails the run.
    /// </summary>
    int Choose(DispatchDecision decision);
}
