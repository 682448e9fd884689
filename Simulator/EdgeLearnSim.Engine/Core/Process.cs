namespace EdgeLearnSim.Engine;

/// <summary>
/// A simulated activity written as a C# iterator that yields the events it waits for. The process starts at the
/// time it is created (before other events of that instant at normal priority), resumes when the yielded event is
/// processed (immediately if it already was), and is itself an event that succeeds when the body ends, so other
/// processes can wait for it. An exception thrown by the body stops <see cref="SimulationEnvironment.Run()"/> with a
/// <see cref="ProcessFailedException"/> naming the process.
/// </summary>
public sealed class Process : Event
{
    private readonly IEnumerator<Event> body;
    private Event? target;

    // The interrupt behind the current resumption, if it was one; null after a normal resumption.
    private Interruption? interruption;

    internal Process(SimulationEnvironment environment, IEnumerable<Event> body, string name)
        : base(environment)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        this.body = body.GetEnumerator();
        // The process itself is queued untriggered; the environment starts it when it comes off the queue.
        environment.Schedule(this, environment.Now, SimulationEnvironment.UrgentPriority);
    }

    /// <summary>The name given at creation; used in error messages.</summary>
    public string Name { get; }

    /// <summary>True until the body has ended.</summary>
    public bool IsAlive => !IsTriggered;

    /// <summary>The event the process is currently waiting for, or null while it runs or after it ended.</summary>
    public Event? Target => target;

    /// <summary>
    /// Resumes the process at the current time, before other events of this instant at normal priority, as if
    /// the event it waits for had fired; that event is left alone and is ignored by this process if it fires later.
    /// Inside the body, <see cref="HandleInterrupt"/> tells the two cases apart.
    /// </summary>
    /// <exception cref="InvalidOperationException">The process has ended, or it tries to interrupt itself.</exception>
    public void Interrupt(object? cause = null)
    {
        if (!IsAlive)
        {
            throw new InvalidOperationException($"Process '{Name}' has ended and cannot be interrupted.");
        }
        if (ReferenceEquals(Environment.ActiveProcess, this))
        {
            throw new InvalidOperationException($"Process '{Name}' cannot interrupt itself.");
        }
        _ = new Interruption(this, cause);
    }

    /// <summary>
    /// Called by the body right after a <c>yield return</c>: true (with the interrupt's cause) when this resumption
    /// came from <see cref="Interrupt"/> rather than from the yielded event. Each interrupt is reported once.
    /// </summary>
    public bool HandleInterrupt(out object? cause)
    {
        var interruption = this.interruption;
        this.interruption = null;
        cause = interruption?.Cause;
        return interruption is not null;
    }

    internal void Start() => Step();

    internal void Resume(Event fired)
    {
        if (!ReferenceEquals(fired, target))
        {
            return;
        }
        this.interruption = null;
        Step();
    }

    internal void OnInterrupted(Interruption interruption)
    {
        if (!IsAlive)
        {
            return;
        }
        target?.RemoveWaiter(this);
        target = null;
        this.interruption = interruption;
        Step();
    }

    private void Step()
    {
        var environment = Environment;
        environment.ActiveProcess = this;
        var body = this.body;
        target = null;
        try
        {
            while (body.MoveNext())
            {
                var next = body.Current;
                if (next is null)
                {
                    throw new InvalidOperationException("The process yielded null instead of an event.");
                }
                if (!ReferenceEquals(next.Environment, environment))
                {
                    throw new InvalidOperationException("The process yielded an event of another environment.");
                }
                if (!next.IsProcessed)
                {
                    target = next;
                    next.AddWaiter(this);
                    environment.ActiveProcess = null;
                    return;
                }
                this.interruption = null;
            }
        }
        catch (Exception error)
        {
            environment.ActiveProcess = null;
            throw new ProcessFailedException(Name, environment.Now, error);
        }
        environment.ActiveProcess = null;
        body.Dispose();
        Succeed();
    }
}
