namespace EdgeLearnSim.Engine;

/// <summary>
/// An event over other events: any-of succeeds when the first of them is processed successfully, all-of when all
/// of them are; either fails as soon as one of them fails, with that event's error. An empty any-of or all-of
/// succeeds at once. Its <see cref="Event.Value"/> is an <see cref="IReadOnlyList{T}"/> of the events that had
/// succeeded when it triggered, in the order they were given.
/// </summary>
public sealed class Condition : Event, IEventObserver
{
    private readonly Event[] events;
    private readonly bool requiresAll;
    private int succeeded;

    internal Condition(SimulationEnvironment environment, Event[] events, bool requiresAll)
        : base(environment)
    {
        ArgumentNullException.ThrowIfNull(events);
        this.events = (Event[])events.Clone();
        this.requiresAll = requiresAll;
        foreach (var child in this.events)
        {
            ArgumentNullException.ThrowIfNull(child, nameof(events));
            if (!ReferenceEquals(child.Environment, environment))
            {
                throw new ArgumentException("All events of a condition must belong to its environment.", nameof(events));
            }
        }
        foreach (var child in this.events)
        {
            if (child.IsProcessed)
            {
                Observe(child);
            }
            else
            {
                child.AddWaiter(this);
            }
        }
        if (this.events.Length == 0)
        {
            Succeed(Array.Empty<Event>());
        }
    }

    /// <summary>The events this condition watches, in the order given.</summary>
    public IReadOnlyList<Event> Events => this.events;

    /// <summary>True for all-of, false for any-of.</summary>
    public bool RequiresAll => this.requiresAll;

    void IEventObserver.OnProcessed(Event processed) => Observe(processed);

    private void Observe(Event processed)
    {
        if (IsTriggered)
        {
            return;
        }
        if (!processed.IsOk)
        {
            Fail(processed.Error!);
            return;
        }
        this.succeeded++;
        if (!this.requiresAll || this.succeeded == this.events.Length)
        {
            Succeed(this.events.Where(e => e.IsProcessed && e.IsOk).ToArray());
        }
    }
}
