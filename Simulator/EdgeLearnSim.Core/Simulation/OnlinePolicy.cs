namespace EdgeLearnSim.Core.Simulation;

/// <summary>How the online mode picks an edge for a task at its release.</summary>
public enum OnlinePolicy
{
    /// <summary><c>online-random</c>: a uniformly random eligible edge that is up.</summary>
    Random,

    /// <summary>
    /// <c>online-least-loaded</c>: the eligible edge that is up with the earliest expected finish of this task,
    /// counting the work already queued there at the edge's mean rate; ties to the lower index.
    /// </summary>
    LeastLoaded,
}
