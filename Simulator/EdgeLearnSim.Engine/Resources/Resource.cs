namespace EdgeLearnSim.Engine;

/// <summary>
/// A pool of <see cref="Capacity"/> identical servers. Requests are granted strictly in the order they were made
/// (FIFO): a request waits while all servers are busy or an earlier request is still waiting. A granted request
/// holds one server until it is released.
/// </summary>
public sealed class Resource
{
    private readonly SimulationEnvironment environment;
    private readonly Queue<ResourceRequest> waiting = new();
    private int waitingCount;

    /// <summary>Creates a resource with <paramref name="capacity"/> servers (at least 1).</summary>
    public Resource(SimulationEnvironment env, int capacity)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        environment = env;
        Capacity = capacity;
    }

    /// <summary>The number of servers.</summary>
    public int Capacity { get; }

    /// <summary>The number of servers held by granted, unreleased requests.</summary>
    public int InUse { get; private set; }

    /// <summary>The number of requests waiting to be granted.</summary>
    public int QueueLength => waitingCount;

    /// <summary>
    /// Asks for one server. The returned event succeeds (at the current time) when a server is granted; dispose it
    /// or pass it to <see cref="Release"/> to give the server back or to withdraw a waiting request.
    /// </summary>
    public ResourceRequest Request()
    {
        var request = new ResourceRequest(environment, this);
        if (waitingCount == 0 && InUse < Capacity)
        {
            Grant(request);
        }
        else
        {
            request.Status = ResourceRequestStatus.Waiting;
            this.waiting.Enqueue(request);
            waitingCount++;
        }
        return request;
    }

    /// <summary>
    /// Gives back the server held by <paramref name="request"/>, or withdraws it if it is still waiting; the freed
    /// server goes to the longest-waiting request. Releasing twice does nothing.
    /// </summary>
    /// <exception cref="ArgumentException">The request was made on another resource.</exception>
    public void Release(ResourceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ReferenceEquals(request.Resource, this))
        {
            throw new ArgumentException("The request was made on another resource.", nameof(request));
        }
        switch (request.Status)
        {
            case ResourceRequestStatus.Granted:
                request.Status = ResourceRequestStatus.Released;
                InUse--;
                GrantWaiting();
                break;
            case ResourceRequestStatus.Waiting:
                // Withdrawn requests stay in the queue and are skipped when they reach its head.
                request.Status = ResourceRequestStatus.Withdrawn;
                waitingCount--;
                GrantWaiting();
                break;
        }
    }

    private void GrantWaiting()
    {
        while (InUse < Capacity && this.waiting.TryDequeue(out var next))
        {
            if (next.Status == ResourceRequestStatus.Waiting)
            {
                waitingCount--;
                Grant(next);
            }
        }
    }

    private void Grant(ResourceRequest request)
    {
        InUse++;
        request.Status = ResourceRequestStatus.Granted;
        request.Succeed(request);
    }
}
