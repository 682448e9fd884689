using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Stations;

/// <summary>
/// The access stage of one edge: every transfer into it runs at once, sharing the capacity C_j max-min fairly with
/// each capped by its device's rate a_i (water-filling: the slowest devices get their cap, the rest split what is
/// left equally). Rates are constant between events and recomputed exactly whenever a transfer starts or ends; one
/// pending recomputation per link, so transfers released together cost one, not one each. Its timers are the engine's
/// allocation-free ones: a recomputation, or the next transfer end tagged with the plan's version.
/// </summary>
internal sealed class AccessLink(SimulationEnvironment environment, double capacityMbps, IStationOwner owner) : ITimerTarget
{
    // The tag of a recomputation timer; a transfer-end timer carries its plan's version, which is never negative.
    private const long RecomputeTag = -1;

    // Parallel arrays sorted by cap (then arrival), so water-filling is one pass over contiguous memory; a transfer's
    // remaining megabits live here while it runs and go back to its task state only when it ends or is taken.
    private TaskProgress[] tasks = [];
    private double[] remaining = [];
    private double[] caps = [];
    private double[] rates = [];

    // remaining / rate as of the last plan: the seconds each transfer needs, read again when the plan's timer is due.
    private double[] secondsLeft = [];
    private int count;
    private readonly List<TaskProgress> finished = [];
    private double since;
    private long version;
    private bool recomputePending;

    // The seconds from the last plan to its first transfer end, for its timer.
    private double plannedElapsed;

    public double CapacityMbps { get; } = capacityMbps;

    /// <summary>Σ over transfers of the seconds each device was sending here (for device energy).</summary>
    public double DeviceSeconds { get; private set; }

    /// <summary>Raw megabits the devices sent here, parts of transfers cut by an outage included.</summary>
    public double DeviceMegabits { get; private set; }

    /// <summary>A device starts sending its task's whole raw data (<see cref="TaskProgress.RemainingAccessMegabits"/>).</summary>
    public void Add(TaskProgress task)
    {
        Advance();
        if (count == tasks.Length)
        {
            var size = Math.Max(8, 2 * count);
            Array.Resize(ref tasks, size);
            Array.Resize(ref remaining, size);
            Array.Resize(ref caps, size);
            Array.Resize(ref rates, size);
            Array.Resize(ref secondsLeft, size);
        }
        var cap = task.DeviceMbps;
        var position = count;
        while (position > 0 && caps[position - 1] > cap)
        {
            position--;
        }
        Array.Copy(tasks, position, tasks, position + 1, count - position);
        Array.Copy(remaining, position, remaining, position + 1, count - position);
        Array.Copy(caps, position, caps, position + 1, count - position);
        Array.Copy(rates, position, rates, position + 1, count - position);
        tasks[position] = task;
        remaining[position] = task.RemainingAccessMegabits;
        caps[position] = cap;
        rates[position] = 0;
        count++;
        task.AccessStart = environment.Now;
        owner.StageStarted(ServiceStage.Access, task);
        Changed();
    }

    /// <summary>Removes every transfer (the edge went down), in queue-key order; each device will re-send from the start.</summary>
    public void TakeAll(List<TaskProgress> into)
    {
        if (count == 0)
        {
            return;
        }
        Advance();
        var taken = new List<TaskProgress>(count);
        for (var k = 0; k < count; k++)
        {
            tasks[k].RemainingAccessMegabits = remaining[k];
            taken.Add(tasks[k]);
        }
        taken.Sort((a, b) => a.QueueKey.CompareTo(b.QueueKey));
        into.AddRange(taken);
        Array.Clear(tasks, 0, count);
        count = 0;
        version++;
    }

    /// <summary>Raw megabits still to arrive at <paramref name="now"/>.</summary>
    public double Backlog(double now)
    {
        var elapsed = now - since;
        var work = 0.0;
        for (var k = 0; k < count; k++)
        {
            work += Math.Max(0, remaining[k] - (rates[k] * elapsed));
        }
        return work;
    }

    /// <summary>Books every transfer's progress at its current rate up to now.</summary>
    private void Advance()
    {
        var elapsed = environment.Now - since;
        since = environment.Now;
        if (elapsed <= 0 || count == 0)
        {
            return;
        }
        var sent = 0.0;
        for (var k = 0; k < count; k++)
        {
            var part = Math.Min(remaining[k], rates[k] * elapsed);
            remaining[k] -= part;
            sent += part;
        }
        DeviceMegabits += sent;
        DeviceSeconds += elapsed * count;
    }

    private void Changed()
    {
        version++;
        if (recomputePending)
        {
            return;
        }
        recomputePending = true;
        environment.SetTimer(0, this, RecomputeTag);
    }

    public void OnTimer(long tag)
    {
        if (tag == RecomputeTag)
        {
            recomputePending = false;
            Reschedule();
        }
        else if (tag == version)
        {
            FinishDue(plannedElapsed);
        }
    }

    /// <summary>Water-fills the rates and schedules the next transfer end.</summary>
    private void Reschedule()
    {
        Advance();
        if (count == 0)
        {
            return;
        }
        var left = CapacityMbps;
        var k = 0;
        for (; k < count; k++)
        {
            if (caps[k] > left / (count - k))
            {
                break;
            }
            rates[k] = caps[k];
            left -= caps[k];
        }
        var fairShare = k < count ? left / (count - k) : 0;
        var next = double.PositiveInfinity;
        for (var t = 0; t < count; t++)
        {
            if (t >= k)
            {
                rates[t] = fairShare;
            }
            secondsLeft[t] = remaining[t] / rates[t];
            next = Math.Min(next, secondsLeft[t]);
        }
        plannedElapsed = next;
        environment.SetTimer(next, this, ++version);
    }

    /// <summary>Ends the transfers due now (all that tie with the first, to rounding) and re-shares the capacity.</summary>
    private void FinishDue(double elapsed)
    {
        var kept = 0;
        var sent = 0.0;
        var due = elapsed * (1 + 1e-12);
        for (var k = 0; k < count; k++)
        {
            if (secondsLeft[k] <= due)
            {
                sent += remaining[k];
                tasks[k].RemainingAccessMegabits = 0;
                finished.Add(tasks[k]);
                continue;
            }
            var part = Math.Min(remaining[k], rates[k] * elapsed);
            sent += part;
            remaining[kept] = remaining[k] - part;
            if (kept != k)
            {
                tasks[kept] = tasks[k];
                caps[kept] = caps[k];
                rates[kept] = rates[k];
            }
            kept++;
        }
        DeviceMegabits += sent;
        DeviceSeconds += elapsed * count;
        since = environment.Now;
        Array.Clear(tasks, kept, count - kept);
        count = kept;
        version++;
        if (count > 0)
        {
            Reschedule();
        }
        foreach (var task in finished)
        {
            owner.StageCompleted(ServiceStage.Access, task);
        }
        finished.Clear();
    }
}
