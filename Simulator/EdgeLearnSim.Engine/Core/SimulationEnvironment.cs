using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Engine;

/// <summary>
/// The simulation clock and event queue. Events are processed in order of (time, priority, insertion sequence), so
/// a run depends only on the model and the seed. The clock is a <see cref="double"/> in the model's time unit.
/// Not thread-safe: one environment belongs to one thread at a time.
/// </summary>
public sealed class SimulationEnvironment
{
    /// <summary>The most urgent priority a caller may give; lower values are processed first among equal times.</summary>
    public const int MinPriority = -1000;

    /// <summary>The least urgent priority a caller may give.</summary>
    public const int MaxPriority = 1000;

    /// <summary>The priority of triggered events and timeouts unless told otherwise.</summary>
    public const int NormalPriority = 0;

    // Process starts and interrupts run before anything else scheduled for the same instant.
    internal const int UrgentPriority = MinPriority - 1;

    // Order = priority * 2^44 + sequence: sorts as the pair for up to 2^44 (1.7e13) scheduled events.
    private const int SequenceBits = 44;

    private readonly EventQueue queue = new();
    private readonly Stack<TimerCall> idleTimers = new();
    private readonly ulong seed;
    private long sequence;

    /// <summary>Creates an environment at time 0 whose <see cref="Random"/> and streams derive from <paramref name="seed"/> only.</summary>
    public SimulationEnvironment(ulong seed)
    {
        this.seed = seed;
        Random = new SeededRandom(seed);
    }

    /// <summary>The current simulated time; starts at 0 and never decreases.</summary>
    public double Now { get; private set; }

    /// <summary>How many events have been taken off the queue and processed (process starts included).</summary>
    public long ProcessedEventCount { get; private set; }

    /// <summary>The seed the environment was created with.</summary>
    public ulong Seed => this.seed;

    /// <summary>The environment's main random stream, seeded from the seed alone.</summary>
    public RandomSource Random { get; }

    /// <summary>The process whose body is running right now, or null between process steps.</summary>
    public Process? ActiveProcess { get; internal set; }

    /// <summary>The number of events scheduled and not yet processed.</summary>
    public int ScheduledEventCount => this.queue.Count;

    /// <summary>
    /// An independent random stream for one part of the model (arrivals, service, a device), derived from the seed
    /// and <paramref name="label"/> by <see cref="StableSeed.Derive(ulong, ReadOnlySpan{string})"/>: the same label
    /// always gives the same stream, whatever else the model draws.
    /// </summary>
    public RandomSource CreateStream(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return SeededRandom.For(this.seed, label);
    }

    /// <summary>An event that succeeds with <paramref name="value"/> after <paramref name="delay"/> (finite, non-negative).</summary>
    public Timeout Timeout(double delay, object? value = null) => new(this, delay, value, NormalPriority);

    /// <summary>
    /// As <see cref="Timeout(double, object?)"/>, ordered among events of the same instant by
    /// <paramref name="priority"/> (between <see cref="MinPriority"/> and <see cref="MaxPriority"/>; lower first).
    /// </summary>
    public Timeout Timeout(double delay, object? value, int priority)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(priority, MinPriority);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(priority, MaxPriority);
        return new Timeout(this, delay, value, priority);
    }

    /// <summary>
    /// Calls <paramref name="target"/>'s <see cref="ITimerTarget.OnTimer"/> with <paramref name="tag"/> after
    /// <paramref name="delay"/> (finite, non-negative), ordered exactly as a <see cref="Timeout(double, object?)"/>
    /// created here would be. Nothing can wait on or cancel it and it allocates nothing once warm: a target that no
    /// longer wants the call ignores it by its tag. An exception from the call leaves <see cref="Run()"/> unwrapped.
    /// </summary>
    public void SetTimer(double delay, ITimerTarget target, long tag)
    {
        ArgumentNullException.ThrowIfNull(target);
        ThrowIfBadDelay(delay);
        ScheduleTimer(Now + delay, NormalPriority, target, tag);
    }

    /// <summary>
    /// As <see cref="SetTimer"/> with no delay, but before every event of this instant at a caller's priority, as
    /// <see cref="Process.Interrupt"/> and process starts are: how a callback-driven station wakes itself.
    /// </summary>
    public void SetUrgentTimer(ITimerTarget target, long tag)
    {
        ArgumentNullException.ThrowIfNull(target);
        ScheduleTimer(Now, UrgentPriority, target, tag);
    }

    /// <summary>A pending event that the model triggers later with <see cref="Event.Succeed"/> or <see cref="Event.Fail"/>.</summary>
    public Event Event() => new(this);

    /// <summary>Creates a process running <paramref name="body"/>; it starts at the current time.</summary>
    public Process Process(IEnumerable<Event> body, string name) => new(this, body, name);

    /// <summary>An event that succeeds when the first of <paramref name="events"/> succeeds (see <see cref="Condition"/>).</summary>
    public Condition AnyOf(params Event[] events) => new(this, events, requiresAll: false);

    /// <summary>An event that succeeds when all of <paramref name="events"/> have succeeded (see <see cref="Condition"/>).</summary>
    public Condition AllOf(params Event[] events) => new(this, events, requiresAll: true);

    /// <summary>Processes events until the queue is empty.</summary>
    /// <exception cref="ProcessFailedException">A process body threw.</exception>
    public void Run()
    {
        while (this.queue.Count > 0)
        {
            ProcessNext();
        }
    }

    /// <summary>
    /// Processes every event scheduled strictly before <paramref name="until"/>, then sets the clock to
    /// <paramref name="until"/>; events at exactly that time stay queued.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is before <see cref="Now"/> or not a number.</exception>
    public void Run(double until)
    {
        if (!(until >= Now))
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, "Cannot run until a time before the current time.");
        }
        while (this.queue.Count > 0 && this.queue.PeekTime < until)
        {
            ProcessNext();
        }
        Now = until;
    }

    /// <summary>
    /// Processes events until <paramref name="until"/> has been processed (succeeded or failed: check
    /// <see cref="Event.IsOk"/>); returns at once if it already was. Later events of the same instant stay queued.
    /// </summary>
    /// <exception cref="InvalidOperationException">The queue ran empty before <paramref name="until"/> was processed.</exception>
    public void Run(Event until)
    {
        ArgumentNullException.ThrowIfNull(until);
        while (!until.IsProcessed)
        {
            if (this.queue.Count == 0)
            {
                throw new InvalidOperationException("No events left to process, but the event to run until has not been processed.");
            }
            ProcessNext();
        }
    }

    /// <summary>Processes the next event, if any; returns false when the queue is empty.</summary>
    public bool Step()
    {
        if (this.queue.Count == 0)
        {
            return false;
        }
        ProcessNext();
        return true;
    }

    private void ScheduleTimer(double time, int priority, ITimerTarget target, long tag)
    {
        var call = this.idleTimers.Count > 0 ? this.idleTimers.Pop() : new TimerCall(this);
        call.Target = target;
        call.Tag = tag;
        Schedule(call, time, priority);
    }

    internal static void ThrowIfBadDelay(double delay)
    {
        if (!(delay >= 0 && delay < double.PositiveInfinity))
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "A timeout delay must be finite and non-negative.");
        }
    }

    internal void ScheduleNow(Event scheduled) =>
        this.queue.PushNormalNow(Now, ((long)NormalPriority << SequenceBits) + this.sequence++, scheduled);

    internal void Schedule(Event scheduled, double time, int priority)
    {
        var order = ((long)priority << SequenceBits) + this.sequence++;
        if (time == Now && priority == NormalPriority)
        {
            this.queue.PushNormalNow(time, order, scheduled);
        }
        else if (time == Now && priority == UrgentPriority)
        {
            this.queue.PushUrgentNow(time, order, scheduled);
        }
        else
        {
            this.queue.Push(time, order, scheduled);
        }
    }

    private void ProcessNext()
    {
        var scheduled = this.queue.Pop(out var time);
        Now = time;
        ProcessedEventCount++;
        if (scheduled is TimerCall call)
        {
            var target = call.Target!;
            var tag = call.Tag;
            call.Target = null;
            this.idleTimers.Push(call);
            target.OnTimer(tag);
        }
        else if (scheduled.IsTriggered)
        {
            scheduled.Fire();
        }
        else
        {
            // Only a process is ever queued untriggered: that entry is its start.
            ((Process)scheduled).Start();
        }
    }
}
