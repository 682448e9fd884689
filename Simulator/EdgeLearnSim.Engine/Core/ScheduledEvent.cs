namespace EdgeLearnSim.Engine;

/// <summary>
/// A ring entry: the event with its sort key kept inline. <see cref="Order"/> packs (priority, insertion sequence)
/// into one integer that sorts like the pair.
/// </summary>
internal struct ScheduledEvent(double time, long order, Event scheduled)
{
    public double Time = time;
    public long Order = order;
    public Event Event = scheduled;
}
