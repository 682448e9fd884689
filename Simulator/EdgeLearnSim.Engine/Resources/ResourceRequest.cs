namespace EdgeLearnSim.Engine;

/// <summary>
/// A request for one server of a <see cref="Engine.Resource"/>: an event that succeeds when the server is granted.
/// Disposing it releases a granted server or withdraws a waiting request, so
/// <c>using (var request = resource.Request()) { yield return request; ... }</c> always gives the server back.
/// </summary>
public sealed class ResourceRequest : Event, IDisposable
{
    internal ResourceRequest(SimulationEnvironment environment, Resource resource)
        : base(environment)
    {
        Resource = resource;
    }

    /// <summary>The resource the request was made on.</summary>
    public Resource Resource { get; }

    /// <summary>Whether the request waits, holds a server, released it, or was withdrawn.</summary>
    public ResourceRequestStatus Status { get; internal set; }

    /// <summary>Same as <see cref="Engine.Resource.Release"/>; safe to call more than once.</summary>
    public void Dispose() => Resource.Release(this);
}
