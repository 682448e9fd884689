using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Stations;

/// <summary>
/// A FIFO uplink: serves one task at a time at the full rate, non-preemptively; the next is the present task with the lowest
/// <see cref="TaskProgress.QueueKey"/> (the scheduler's order). One timer per task at constant rate.
/// </summary>
internal sealed class FifoStation(SimulationEnvironment environment, IRateProfile profile, IStationOwner owner)
    : Station(environment, profile, ServiceStage.Upload, owner)
{
    private readonly PriorityQueue<TaskProgress, long> queue = new();
    private double queuedWork;
    private TaskProgress current;
    private bool busy;
    private double currentSince;
    private long version;

    // The version and the task the current plan's timer was set for.
    private long plannedVersion;
    private double plannedWork;

    public override void Add(TaskProgress task)
    {
        queue.Enqueue(task, task.QueueKey);
        queuedWork += Remaining(task);
        if (!busy)
        {
            Wake();
        }
    }

    public override void TakeAll(List<TaskProgress> into)
    {
        if (busy)
        {
            AccountProgress();
            into.Add(current);
            busy = false;
            version++;
            Wake();
        }
        while (queue.TryDequeue(out var task, out _))
        {
            into.Add(task);
        }
        queuedWork = 0;
    }

    public override double Backlog(double now)
    {
        var work = queuedWork;
        if (busy)
        {
            work += Math.Max(0, Remaining(current) - Profile.WorkBetween(currentSince, now));
        }
        return work;
    }

    protected override void Plan()
    {
        NewPlan();
        if (!busy)
        {
            if (!queue.TryDequeue(out var next, out _))
            {
                queuedWork = 0;
                return;
            }
            queuedWork -= Remaining(next);
            current = next;
            busy = true;
            currentSince = Environment.Now;
            Owner.StageStarted(Stage, next);
        }
        var work = Remaining(current);
        var finish = Profile.CompletionTime(Environment.Now, work);
        if (double.IsPositiveInfinity(finish))
        {
            Owner.Stalled(Stage, work + queuedWork);
            return;
        }
        plannedVersion = version;
        plannedWork = work;
        SetTimer(finish - Environment.Now);
    }

    protected override void Due()
    {
        if (plannedVersion != version)
        {
            if (busy)
            {
                AccountProgress();
            }
            return;
        }
        AddBusy(currentSince, Environment.Now);
        WorkDone += plannedWork;
        SetRemaining(current, 0);
        busy = false;
        Owner.StageCompleted(Stage, current);
    }

    protected override void Woken()
    {
        // Only a wait for a completion had progress to book; an idle or stalled station had none.
        if (TimerSet && busy)
        {
            AccountProgress();
        }
    }

    /// <summary>Books the work done on the current task since it was last accounted.</summary>
    private void AccountProgress()
    {
        var now = Environment.Now;
        var remaining = Remaining(current);
        var done = Math.Min(remaining, Profile.WorkBetween(currentSince, now));
        WorkDone += done;
        AddBusy(currentSince, now);
        SetRemaining(current, remaining - done);
        currentSince = now;
    }
}
