using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Stations;

/// <summary>
/// An edge's uplink, driven by the engine's allocation-free timers. <see cref="Plan"/> looks at the station's state
/// and sets at most one timer, for the next completion; every plan retires the timers of earlier plans, so a stale
/// timer never completes a task. Outside changes (a task arriving at an idle station, an outage taking its tasks)
/// wake the station with an urgent timer at the current instant, as an interrupt would wake a process, and it plans again.
/// </summary>
internal abstract class Station(SimulationEnvironment environment, IRateProfile profile, ServiceStage stage, IStationOwner owner)
    : ITimerTarget
{
    // The tag of a wake-up timer; a completion timer carries its plan's number, which is never negative.
    private const long WakeTag = -1;

    private long plan;
    private bool wakePending;

    // True while the station reacts to one of its timers: it plans again before returning, so it needs no wake-up.
    private bool reacting;

    protected SimulationEnvironment Environment { get; } = environment;

    public IRateProfile Profile { get; } = profile;

    public ServiceStage Stage { get; } = stage;

    protected IStationOwner Owner { get; } = owner;

    /// <summary>Seconds during which the station held at least one task in service.</summary>
    public double BusyTime { get; private set; }

    /// <summary>When set, every busy interval is also booked into these time bins.</summary>
    public BusyTimeBins? Bins { get; set; }

    /// <summary>Megabits sent, lost work included.</summary>
    public double WorkDone { get; protected set; }

    /// <summary>A task arrives for service.</summary>
    public abstract void Add(TaskProgress task);

    /// <summary>Removes every task (the edge went down), recording the progress each made until now.</summary>
    public abstract void TakeAll(List<TaskProgress> into);

    /// <summary>Work still to do here at <paramref name="now"/>, for finish-time estimates.</summary>
    public abstract double Backlog(double now);

    public void OnTimer(long tag)
    {
        reacting = true;
        if (tag == WakeTag)
        {
            wakePending = false;
            Woken();
            Plan();
        }
        else if (tag == plan)
        {
            Due();
            Plan();
        }
        reacting = false;
    }

    /// <summary>Starts what the state allows and sets the timer for the next completion, if there is one.</summary>
    protected abstract void Plan();

    /// <summary>The timer of the current plan is due.</summary>
    protected abstract void Due();

    /// <summary>The station was woken from outside; <see cref="Plan"/> follows.</summary>
    protected virtual void Woken()
    {
    }

    /// <summary>Retires every timer set so far; call at the start of each plan.</summary>
    protected void NewPlan()
    {
        plan++;
        TimerSet = false;
    }

    /// <summary>Sets the current plan's timer <paramref name="delay"/> seconds from now.</summary>
    protected void SetTimer(double delay)
    {
        Environment.SetTimer(delay, this, plan);
        TimerSet = true;
    }

    /// <summary>Whether the current plan set a timer (rather than waiting for a wake-up: idle or stalled).</summary>
    protected bool TimerSet { get; private set; }

    protected void AddBusy(double from, double until)
    {
        BusyTime += until - from;
        Bins?.Add(from, until);
    }

    protected void Wake()
    {
        if (wakePending || reacting)
        {
            return;
        }
        wakePending = true;
        Environment.SetUrgentTimer(this, WakeTag);
    }

    protected static double Remaining(TaskProgress task) => task.RemainingMegabits;

    protected static void SetRemaining(TaskProgress task, double megabits) => task.RemainingMegabits = megabits;
}
