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

    internal void Deliver(T item)
    {
        Item = item;
        Succeed(item);
    }
}
