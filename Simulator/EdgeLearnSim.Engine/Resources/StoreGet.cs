namespace EdgeLearnSim.Engine;

/// <summary>The event returned by <see cref="Store{T}.Get"/>: succeeds with the item it took from the store.</summary>
public sealed class StoreGet<T> : Event
{
    internal StoreGet(SimulationEnvironment environment)
        : base(environment)
    {
    }

    /// <summary>The item taken from the store; the type's default until the get has succeeded.</summary>
    public T Item { get; private set; } = default!;

    /// <summary>True once the get was withdrawn with <see cref="Store{T}.Cancel"/>; it then never succeeds.</summary>
    public bool IsCancelled { get; internal set; }

    internal void Deliver(T item)
    {
        Item = item;
        Succeed(item);
    }
}
