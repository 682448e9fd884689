using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Stations;

/// <summary>
/// A FIFO uplink: serves one task at a time at the full rate, non-preemptively; the next is the present task with the lowest
/// <see cref="TaskProgress.QueueKey"/> (the scheduler's order). One timeout per task at constant rate.
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

    protected override IEnumerable<Event> Body()
    {
        MarkStarted();
        while (true)
        {
            if (!busy)
            {
                if (!queue.TryDequeue(out var next, out _))
                {
                    queuedWork = 0;
                    yield return Environment.Event();
                    ResumedByWake();
                    continue;
                }
                queuedWork -= Remaining(next);
                current = next;
                busy = true;
                currentSince = Environment.Now;
                Owner.StageStarted(Stage, next);
            }
            var serving = current;
            var work = Remaining(serving);
            var finish = Profile.CompletionTime(Environment.Now, work);
            if (double.IsPositiveInfinity(finish))
            {
                Owner.Stalled(Stage, work + queuedWork);
                yield return Environment.Event();
                ResumedByWake();
                continue;
            }
            var seen = version;
            yield return Environment.Timeout(finish - Environment.Now);
            var woken = ResumedByWake();
            if (woken || seen != version)
            {
                if (busy)
                {
                    AccountProgress();
                }
                continue;
            }
            AddBusy(currentSince, Environment.Now);
            WorkDone += work;
            SetRemaining(serving, 0);
            busy = false;
            Owner.StageCompleted(Stage, serving);
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
