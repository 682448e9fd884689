namespace EdgeLearnSim.Engine;

/// <summary>
/// A ring entry: the event and its order, which packs (priority, insertion sequence) into one integer that sorts
/// like the pair. Its time is the ring's, the same for every entry.
/// </summary>
internal struct ScheduledEvent(long order, Event scheduled)
{
    public long Order = order;
    public Event Event = scheduled;
}
