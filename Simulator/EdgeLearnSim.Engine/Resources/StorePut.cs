namespace EdgeLearnSim.Engine;

/// <summary>The event returned by <see cref="Store{T}.Put"/>: succeeds when the item has entered the store.</summary>
public sealed class StorePut : Event
{
    internal StorePut(SimulationEnvironment environment)
        : base(environment)
    {
    }
}
