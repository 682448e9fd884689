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
    private readonly IEnumerator<Event> _body;
    private Event? _target;
    private bool _resumedByInterrupt;
    private object? _interruptCause;

    internal Process(SimulationEnvironment environment, IEnumerable<Event> body, string name)
        : base(environment)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        _body = body.GetEnumerator();
        // The process itself is queued untriggered; the environment starts it when it comes off the queue.
        environment.Schedule(this, environment.Now, SimulationEnvironment.UrgentPriority);
    }

    /// <summary>The name given at creation; used in error messages.</summary>
    public string Name { get; }

    /// <summary>True until the body has ended.</summary>
    public bool IsAlive => !IsTriggered;

    /// <summary>The event the process is currently waiting for, or null while it runs or after it ended.</summary>
    public Event? Target => _target;

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
        cause = _interruptCause;
        var interrupted = _resumedByInterrupt;
        _resumedByInterrupt = false;
        _interruptCause = null;
        return interrupted;
    }

    internal void Start() => Step();

    internal void Resume(Event fired)
    {
        if (!ReferenceEquals(fired, _target))
        {
            return;
        }
        _resumedByInterrupt = false;
        _interruptCause = null;
        Step();
    }

    internal void OnInterrupted(object? cause)
    {
        if (!IsAlive)
        {
            return;
        }
        _target?.RemoveWaiter(this);
        _target = null;
        _resumedByInterrupt = true;
        _interruptCause = cause;
        Step();
    }

    private void Step()
    {
        var environment = Environment;
        var previous = environment.ActiveProcess;
        environment.ActiveProcess = this;
        _target = null;
        try
        {
            while (true)
            {
                bool hasNext;
                try
                {
                    hasNext = _body.MoveNext();
                }
                catch (Exception error)
                {
                    throw new ProcessFailedException(Name, environment.Now, error);
                }
                if (!hasNext)
                {
                    _body.Dispose();
                    Succeed();
                    return;
                }
                var next = _body.Current;
                if (next is null || !ReferenceEquals(next.Environment, environment))
                {
                    var problem = next is null
                        ? new InvalidOperationException("The process yielded null instead of an event.")
                        : new InvalidOperationException("The process yielded an event of another environment.");
                    throw new ProcessFailedException(Name, environment.Now, problem);
                }
                if (next.IsProcessed)
                {
                    _resumedByInterrupt = false;
                    _interruptCause = null;
                    continue;
                }
                _target = next;
                next.AddWaiter(this);
                return;
            }
        }
        finally
        {
            environment.ActiveProcess = previous;
        }
    }
}
