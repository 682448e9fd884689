namespace EdgeLearnSim.Engine;

/// <summary>
/// A queue entry: the event with its sort key kept inline so that heap comparisons never touch the event object.
/// <see cref="Order"/> packs (priority, insertion sequence) into one integer that sorts like the pair.
/// </summary>
internal struct ScheduledEvent(double time, long order, Event scheduled)
{
    public double Time = time;
    public long Order = order;
    public Event Event = scheduled;

    public readonly bool Precedes(in ScheduledEvent other) =>
        Time < other.Time || (Time == other.Time && Order < other.Order);
}
