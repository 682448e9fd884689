namespace EdgeLearnSim.Engine;

/// <summary>Where a <see cref="ResourceRequest"/> stands with its resource.</summary>
public enum ResourceRequestStatus
{
    /// <summary>Queued behind earlier requests or busy servers.</summary>
    Waiting,

    /// <summary>Holds a server.</summary>
    Granted,

    /// <summary>Held a server and gave it back.</summary>
    Released,

    /// <summary>Left the queue before being granted.</summary>
    Withdrawn,
}
