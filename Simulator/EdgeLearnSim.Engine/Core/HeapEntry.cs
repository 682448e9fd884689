namespace EdgeLearnSim.Engine;

/// <summary>
/// A heap entry: the event's time and the slot holding the event and its order. It holds no object reference,
/// so moving entries during sifts needs no GC write barrier, and four siblings share a cache line.
/// </summary>
internal struct HeapEntry(double time, int slot)
{
    public double Time = time;
    public int Slot = slot;
}
