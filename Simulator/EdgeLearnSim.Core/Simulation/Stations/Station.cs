using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Stations;

/// <summary>
/// An edge's uplink, run by one engine process that walks its queue.
/// Outside changes (a task arriving at an idle station, an outage taking its tasks) wake the process with an
/// interrupt; the process then re-reads the station's state, so a stale timeout never completes a task.
/// </summary>
internal abstract class Station(SimulationEnvironment environment, IRateProfile profile, ServiceStage stage, IStationOwner owner)
{
    private Process? process;
    private bool started;
    private bool wakePending;

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

    public void Start(string name) => process = Environment.Process(Body(), name);

    /// <summary>A task arrives for service.</summary>
    public abstract void Add(TaskProgress task);

    /// <summary>Removes every task (the edge went down), recording the progress each made until now.</summary>
    public abstract void TakeAll(List<TaskProgress> into);

    /// <summary>Work still to do here at <paramref name="now"/>, for finish-time estimates.</summary>
    public abstract double Backlog(double now);

    protected abstract IEnumerable<Event> Body();

    /// <summary>Called first thing in <see cref="Body"/>: state changes before it need no wake-up.</summary>
    protected void MarkStarted() => started = true;

    protected void AddBusy(double from, double until)
    {
        BusyTime += until - from;
        Bins?.Add(from, until);
    }

    protected void Wake()
    {
        if (!started || wakePending || process is null || !process.IsAlive || Environment.ActiveProcess == process)
        {
            return;
        }
        wakePending = true;
        process.Interrupt();
    }

    /// <summary>True when the process was just resumed by <see cref="Wake"/> rather than by the event it awaited.</summary>
    protected bool ResumedByWake()
    {
        if (Environment.ActiveProcess!.HandleInterrupt(out _))
        {
            wakePending = false;
            return true;
        }
        return false;
    }

    protected static double Remaining(TaskProgress task) => task.RemainingMegabits;

    protected static void SetRemaining(TaskProgress task, double megabits) => task.RemainingMegabits = megabits;
}
