namespace EdgeLearnSim.Engine;

/// <summary>
/// Where the heap keeps an entry's event and order. A struct, so storing the event into the slot array needs no
/// covariant array-store check.
/// </summary>
internal struct EventSlot
{
    public Event? Event;
    public long Order;
}
