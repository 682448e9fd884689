using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Stations;

/// <summary>
/// The compute stage of one edge: k_j cores, each compressing one task at a time non-preemptively at κ_j seconds per
/// raw byte. Work-conserving: whenever a core is free and tasks wait, the waiting task with the lowest
/// <see cref="TaskProgress.QueueKey"/> (the schedule's order) starts on the lowest-numbered free core.
/// </summary>
internal sealed class CompressionStation : ITimerTarget
{
    private readonly SimulationEnvironment environment;
    private readonly IStationOwner owner;
    private readonly PriorityQueue<TaskProgress, long> queue = new();
    private readonly TaskProgress[] serving;
    private readonly bool[] busy;
    private readonly double[] since;
    private readonly long[] tokens;
    private double queuedBytes;

    public CompressionStation(SimulationEnvironment environment, int cores, double secondsPerByte, IStationOwner owner)
    {
        this.environment = environment;
        this.owner = owner;
        SecondsPerByte = secondsPerByte;
        serving = new TaskProgress[cores];
        busy = new bool[cores];
        since = new double[cores];
        tokens = new long[cores];
    }

    public int Cores => serving.Length;

    /// <summary>κ_j.</summary>
    public double SecondsPerByte { get; }

    /// <summary>Core-seconds spent compressing, work lost to outages included (for edge energy).</summary>
    public double BusyCoreSeconds { get; private set; }

    public void Add(TaskProgress task)
    {
        queue.Enqueue(task, task.QueueKey);
        queuedBytes += task.RemainingCompressionBytes;
        StartWaiting();
    }

    /// <summary>Removes every task (the edge went down): those in service first, by core, then the queue in order.</summary>
    public void TakeAll(List<TaskProgress> into)
    {
        var now = environment.Now;
        for (var core = 0; core < serving.Length; core++)
        {
            if (!busy[core])
            {
                continue;
            }
            var task = serving[core];
            task.RemainingCompressionBytes = Math.Max(0, task.RemainingCompressionBytes - ((now - since[core]) / SecondsPerByte));
            BusyCoreSeconds += now - since[core];
            busy[core] = false;
            tokens[core]++;
            into.Add(task);
        }
        while (queue.TryDequeue(out var task, out _))
        {
            into.Add(task);
        }
        queuedBytes = 0;
    }

    /// <summary>Core-seconds of compression still to do here at <paramref name="now"/>, queued and in service.</summary>
    public double Backlog(double now)
    {
        var seconds = queuedBytes * SecondsPerByte;
        for (var core = 0; core < serving.Length; core++)
        {
            if (busy[core])
            {
                seconds += Math.Max(0, (serving[core].RemainingCompressionBytes * SecondsPerByte) - (now - since[core]));
            }
        }
        return seconds;
    }

    private void StartWaiting()
    {
        for (var core = 0; core < serving.Length && queue.Count > 0; core++)
        {
            if (busy[core])
            {
                continue;
            }
            var task = queue.Dequeue();
            queuedBytes = queue.Count == 0 ? 0 : queuedBytes - task.RemainingCompressionBytes;
            busy[core] = true;
            serving[core] = task;
            since[core] = environment.Now;
            task.Core = core;
            owner.StageStarted(ServiceStage.Compression, task);
            // The tag names the core and its service token, so a timer outlived by an outage is ignored.
            environment.SetTimer(task.RemainingCompressionBytes * SecondsPerByte, this, (++tokens[core] * serving.Length) + core);
        }
    }

    public void OnTimer(long tag)
    {
        var core = (int)(tag % serving.Length);
        if (tokens[core] != tag / serving.Length)
        {
            return;
        }
        var task = serving[core];
        BusyCoreSeconds += environment.Now - since[core];
        task.RemainingCompressionBytes = 0;
        busy[core] = false;
        owner.StageCompleted(ServiceStage.Compression, task);
        StartWaiting();
    }
}
