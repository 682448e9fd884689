namespace EdgeLearnSim.Engine;

/// <summary>
/// Something that happens at one instant of simulated time. An event is pending until it is triggered
/// (<see cref="Succeed"/> or <see cref="Fail"/>), which schedules it at the current time; it is processed when the
/// environment reaches it in the queue, and only then are its callbacks and waiting processes run, in the order
/// they were added. A triggered event never changes its outcome.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords",
    Justification = "The engine's public API names events as SimSharp does; the engine is consumed from C# only.")]
public class Event
{
    private object? value;

    // One waiter inline (a Process, Condition, Resource hook or Action<Event>); a List<object> only when an event has
    // several, so the common case allocates nothing beyond the event itself.
    private object? waiters;
    private EventState state;

    /// <summary>Creates a pending event that belongs to <paramref name="environment"/>.</summary>
    public Event(SimulationEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Environment = environment;
    }

    /// <summary>The environment whose queue this event is scheduled on.</summary>
    public SimulationEnvironment Environment { get; }

    /// <summary>True once <see cref="Succeed"/> or <see cref="Fail"/> has been called (or, for a timeout, from creation).</summary>
    public bool IsTriggered => state != EventState.Pending;

    /// <summary>True once the environment has taken the event off its queue and run its callbacks.</summary>
    public bool IsProcessed => (state & EventState.Processed) != 0;

    /// <summary>True when the event has been triggered and succeeded; false while pending and after a failure.</summary>
    public bool IsOk => (state & (EventState.Triggered | EventState.Failed)) == EventState.Triggered;

    /// <summary>The value the event succeeded with; null while pending and after a failure.</summary>
    public object? Value => IsOk ? this.value : null;

    /// <summary>The exception the event failed with; null unless it failed.</summary>
    public Exception? Error => (state & EventState.Failed) != 0 ? (Exception?)this.value : null;

    /// <summary>Triggers the event as a success at the current time.</summary>
    /// <exception cref="InvalidOperationException">The event was already triggered.</exception>
    public void Succeed(object? value = null)
    {
        ThrowIfTriggered();
        this.value = value;
        state = EventState.Triggered;
        Environment.ScheduleNow(this);
    }

    /// <summary>Triggers the event as a failure at the current time; processes waiting on it see <see cref="IsOk"/> false.</summary>
    /// <exception cref="InvalidOperationException">The event was already triggered.</exception>
    public void Fail(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        ThrowIfTriggered();
        this.value = error;
        state = EventState.Triggered | EventState.Failed;
        Environment.ScheduleNow(this);
    }

    /// <summary>Adds a callback run when the event is processed, after the callbacks added before it.</summary>
    /// <exception cref="InvalidOperationException">The event has already been processed.</exception>
    public void AddCallback(Action<Event> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (IsProcessed)
        {
            throw new InvalidOperationException("Cannot add a callback to an event that has already been processed.");
        }
        AddWaiter(callback);
    }

    /// <summary>Marks the event triggered without queueing it; the caller schedules it (timeouts, delayed events).</summary>
    private protected void MarkTriggered(object? value)
    {
        // Most timeouts carry no value; skipping the store skips its GC write barrier.
        if (value is not null)
        {
            this.value = value;
        }
        state = EventState.Triggered;
    }

    internal void AddWaiter(object waiter)
    {
        if (this.waiters is null)
        {
            this.waiters = waiter;
        }
        else if (this.waiters is List<object> list)
        {
            list.Add(waiter);
        }
        else
        {
            this.waiters = new List<object>(4) { this.waiters, waiter };
        }
    }

    internal void RemoveWaiter(object waiter)
    {
        if (ReferenceEquals(this.waiters, waiter))
        {
            this.waiters = null;
        }
        else if (this.waiters is List<object> list)
        {
            list.Remove(waiter);
        }
    }

    internal void Fire()
    {
        state |= EventState.Processed;
        var waiters = this.waiters;
        if (waiters is null)
        {
            return;
        }
        this.waiters = null;
        if (waiters is Process process)
        {
            process.Resume(this);
        }
        else if (waiters is List<object> list)
        {
            foreach (var waiter in list)
            {
                Notify(waiter);
            }
        }
        else
        {
            Notify(waiters);
        }
    }

    private void Notify(object waiter)
    {
        switch (waiter)
        {
            case Process process:
                process.Resume(this);
                break;
            case IEventObserver observer:
                observer.OnProcessed(this);
                break;
            default:
                ((Action<Event>)waiter)(this);
                break;
        }
    }

    private void ThrowIfTriggered()
    {
        if (IsTriggered)
        {
            throw new InvalidOperationException("The event has already been triggered.");
        }
    }
}
