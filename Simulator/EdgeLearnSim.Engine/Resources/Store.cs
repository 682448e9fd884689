namespace EdgeLearnSim.Engine;

/// <summary>
/// A FIFO buffer of at most <see cref="Capacity"/> items. <see cref="Put"/> succeeds once its item is in the store
/// (at once if there is room); <see cref="Get"/> succeeds with the oldest item once there is one. Waiting puts and
/// gets are served in the order they were made.
/// </summary>
public sealed class Store<T>
{
    private readonly SimulationEnvironment environment;
    private readonly Queue<T> items = new();
    private readonly Queue<(StorePut Put, T Item)> waitingPuts = new();
    private readonly Queue<StoreGet<T>> waitingGets = new();

    /// <summary>Creates an empty store holding at most <paramref name="capacity"/> items (at least 1).</summary>
    public Store(SimulationEnvironment env, int capacity = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        environment = env;
        Capacity = capacity;
    }

    /// <summary>The most items the store holds.</summary>
    public int Capacity { get; }

    /// <summary>The number of items in the store now (not counting waiting puts).</summary>
    public int Count => this.items.Count;

    /// <summary>Offers <paramref name="item"/>; the returned event succeeds when the item has entered the store.</summary>
    public StorePut Put(T item)
    {
        var put = new StorePut(environment);
        waitingPuts.Enqueue((put, item));
        Balance();
        return put;
    }

    /// <summary>Asks for the oldest item; the returned event succeeds with it (also in <see cref="StoreGet{T}.Item"/>).</summary>
    public StoreGet<T> Get()
    {
        var get = new StoreGet<T>(environment);
        waitingGets.Enqueue(get);
        Balance();
        return get;
    }

    /// <summary>
    /// Withdraws a get that is still waiting (for example after its process was interrupted), so it will never take
    /// an item. Returns false, and changes nothing, if the get already has its item or was withdrawn before.
    /// </summary>
    public bool Cancel(StoreGet<T> get)
    {
        ArgumentNullException.ThrowIfNull(get);
        if (get.IsTriggered || get.IsCancelled)
        {
            return false;
        }
        // Withdrawn gets stay queued and are skipped when they reach the head.
        get.IsCancelled = true;
        return true;
    }

    private void Balance()
    {
        bool progressed;
        do
        {
            progressed = false;
            while (this.items.Count < Capacity && waitingPuts.TryDequeue(out var waiting))
            {
                this.items.Enqueue(waiting.Item);
                waiting.Put.Succeed();
                progressed = true;
            }
            while (this.items.Count > 0 && waitingGets.TryDequeue(out var get))
            {
                if (!get.IsCancelled)
                {
                    get.Deliver(this.items.Dequeue());
                    progressed = true;
                }
            }
        }
        while (progressed);
    }
}
