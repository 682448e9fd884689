using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Stations;

/// <summary>
/// The access stage of one edge: every transfer into it runs at once, sharing the capacity C_j max-min fairly with
/// each capped by its device's rate a_i (water-filling: the slowest devices get their cap, the rest split what is
/// left equally). Rates are constant between events and recomputed exactly whenever a transfer starts or ends; one
/// pending event per link, so transfers released together cost one recomputation, not one each.
/// </summary>
internal sealed class AccessLink(SimulationEnvironment environment, double capacityMbps, IStationOwner owner)
{
    // Kept sorted by cap (then queue key), so water-filling is one pass.
    private readonly List<TaskProgress> active = [];
    private readonly List<double> rates = [];
    private readonly List<TaskProgress> finished = [];
    private double since;
    private long version;
    private bool recomputePending;

    public double CapacityMbps { get; } = capacityMbps;

    /// <summary>Σ over transfers of the seconds each device was sending here (for device energy).</summary>
    public double DeviceSeconds { get; private set; }

    /// <summary>Raw megabits the devices sent here, parts of transfers cut by an outage included.</summary>
    public double DeviceMegabits { get; private set; }

    /// <summary>Transfers in progress.</summary>
    public int Count => active.Count;

    /// <summary>A device starts sending its task's whole raw data.</summary>
    public void Add(TaskProgress task)
    {
        Advance();
        var cap = task.DeviceMbps;
        var position = active.Count;
        while (position > 0 && Cap(active[position - 1]) > cap)
        {
            position--;
        }
        active.Insert(position, task);
        rates.Insert(position, 0);
        task.AccessStart = environment.Now;
        owner.StageStarted(ServiceStage.Access, task);
        Changed();
    }

    /// <summary>Removes every transfer (the edge went down), in queue-key order; each device will re-send from the start.</summary>
    public void TakeAll(List<TaskProgress> into)
    {
        if (active.Count == 0)
        {
            return;
        }
        Advance();
        var taken = new List<TaskProgress>(active);
        taken.Sort((a, b) => a.QueueKey.CompareTo(b.QueueKey));
        into.AddRange(taken);
        active.Clear();
        rates.Clear();
        version++;
    }

    /// <summary>Raw megabits still to arrive at <paramref name="now"/>.</summary>
    public double Backlog(double now)
    {
        var elapsed = now - since;
        var work = 0.0;
        for (var k = 0; k < active.Count; k++)
        {
            work += Math.Max(0, active[k].RemainingAccessMegabits - (rates[k] * elapsed));
        }
        return work;
    }

    private static double Cap(TaskProgress task) => task.DeviceMbps;

    /// <summary>Books every transfer's progress at its current rate up to now.</summary>
    private void Advance()
    {
        var elapsed = environment.Now - since;
        since = environment.Now;
        if (elapsed <= 0)
        {
            return;
        }
        for (var k = 0; k < active.Count; k++)
        {
            var task = active[k];
            var sent = Math.Min(task.RemainingAccessMegabits, rates[k] * elapsed);
            task.RemainingAccessMegabits -= sent;
            DeviceMegabits += sent;
        }
        DeviceSeconds += elapsed * active.Count;
    }

    private void Changed()
    {
        version++;
        if (recomputePending)
        {
            return;
        }
        recomputePending = true;
        environment.Timeout(0).AddCallback(_ =>
        {
            recomputePending = false;
            Reschedule();
        });
    }

    /// <summary>Water-fills the rates and schedules the next transfer end.</summary>
    private void Reschedule()
    {
        Advance();
        if (active.Count == 0)
        {
            return;
        }
        var left = CapacityMbps;
        var k = 0;
        for (; k < active.Count; k++)
        {
            var share = left / (active.Count - k);
            var cap = Cap(active[k]);
            if (cap > share)
            {
                break;
            }
            rates[k] = cap;
            left -= cap;
        }
        var fairShare = k < active.Count ? left / (active.Count - k) : 0;
        for (var rest = k; rest < active.Count; rest++)
        {
            rates[rest] = fairShare;
        }
        var next = double.PositiveInfinity;
        for (var t = 0; t < active.Count; t++)
        {
            next = Math.Min(next, active[t].RemainingAccessMegabits / rates[t]);
        }
        var seen = ++version;
        environment.Timeout(next).AddCallback(_ =>
        {
            if (seen == version)
            {
                FinishDue(next);
            }
        });
    }

    /// <summary>Ends the transfers due now (all that tie with the first, to rounding) and re-shares the capacity.</summary>
    private void FinishDue(double elapsed)
    {
        for (var k = 0; k < active.Count; k++)
        {
            var task = active[k];
            if (task.RemainingAccessMegabits / rates[k] <= elapsed * (1 + 1e-12))
            {
                DeviceMegabits += task.RemainingAccessMegabits;
                task.RemainingAccessMegabits = 0;
            }
        }
        Advance();
        var kept = 0;
        for (var k = 0; k < active.Count; k++)
        {
            if (active[k].RemainingAccessMegabits > 0)
            {
                active[kept] = active[k];
                rates[kept] = rates[k];
                kept++;
            }
            else
            {
                finished.Add(active[k]);
            }
        }
        active.RemoveRange(kept, active.Count - kept);
        rates.RemoveRange(kept, rates.Count - kept);
        version++;
        if (active.Count > 0)
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
