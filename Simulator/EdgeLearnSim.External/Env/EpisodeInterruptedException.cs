using EdgeLearnSim.Core.Simulation.Dispatch;

namespace EdgeLearnSim.External.Env;

/// <summary>
/// The caller sent a <c>reset</c> or <c>close</c>, or closed its output, while a decision was pending: the running
/// episode is abandoned. A <see cref="DispatchPolicyException"/> so that the simulation passes it through unwrapped.
/// </summary>
public class EpisodeInterruptedException : DispatchPolicyException
{
    public EpisodeInterruptedException()
    {
    }

    public EpisodeInterruptedException(string message)
        : base(message)
    {
    }

    public EpisodeInterruptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EpisodeInterruptedException(EnvRequest? request)
        : base(request is null ? "The caller closed its output during an episode." : $"The caller sent '{request.Kind}' during an episode.") =>
        Request = request;

    /// <summary>What interrupted the episode; null when the caller's output ended.</summary>
    public EnvRequest? Request { get; }
}
