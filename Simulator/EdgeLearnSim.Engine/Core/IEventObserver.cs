namespace EdgeLearnSim.Engine;

/// <summary>An engine-internal waiter told when an event it watches is processed (conditions, interruptions).</summary>
internal interface IEventObserver
{
    void OnProcessed(Event processed);
}
