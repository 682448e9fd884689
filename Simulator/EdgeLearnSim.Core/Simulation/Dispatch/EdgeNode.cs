using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Stations;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// One edge during a run: an optional compressor feeding an uplink, and whether the edge is up. A down edge
/// holds no tasks: going down hands them all back to the run for re-dispatch.
/// </summary>
internal sealed class EdgeNode : IStationOwner
{
    private readonly UploadRun run;
    private readonly SimulationEnvironment environment;
    private double downSince;

    public EdgeNode(UploadRun run, SimulationEnvironment environment, int id, IRateProfile uplink, UplinkPolicy policy, bool compresses)
    {
        this.run = run;
        this.environment = environment;
        Id = id;
        Uplink = policy == UplinkPolicy.FairShare
            ? new FairShareStation(environment, uplink, this)
            : new FifoStation(environment, uplink, ServiceStage.Upload, this);
        Compressor = compresses ? new FifoStation(environment, new ConstantRate(1.0), ServiceStage.Compression, this) : null;
    }

    public int Id { get; }

    public bool IsUp { get; private set; } = true;

    public Station Uplink { get; }

    public FifoStation? Compressor { get; }

    public double DownTime { get; private set; }

    public void StartProcesses()
    {
        Compressor?.Start($"edge {Id} compressor");
        Uplink.Start($"edge {Id} uplink");
    }

    /// <summary>A task's data reaches this edge.</summary>
    public void Arrive(TaskProgress task)
    {
        if (!IsUp)
        {
            run.Redispatch(task);
            return;
        }
        task.Edge = Id;
        task.DataAtDevice = false;
        if (Compressor is not null && task.RemainingCompression > 0)
        {
            Compressor.Add(task);
            return;
        }
        if (Compressor is null)
        {
            task.Start = environment.Now;
            task.CompressionEnd = environment.Now;
        }
        Uplink.Add(task);
    }

    /// <summary>When <paramref name="task"/> would finish here if sent now, with the work queued here at the mean rates.</summary>
    public double ExpectedFinish(TaskProgress task, double now)
    {
        var compression = Compressor is null ? 0 : Compressor.Backlog(now) + task.RemainingCompression;
        var upload = (Uplink.Backlog(now) + task.RemainingMegabits) / Uplink.Profile.MeanRate;
        return now + compression + upload;
    }

    /// <summary>The edge fails: returns every task it held, progress recorded, in service order.</summary>
    public List<TaskProgress> GoDown()
    {
        IsUp = false;
        downSince = environment.Now;
        var displaced = new List<TaskProgress>();
        Compressor?.TakeAll(displaced);
        Uplink.TakeAll(displaced);
        return displaced;
    }

    public void GoUp()
    {
        IsUp = true;
        DownTime += environment.Now - downSince;
    }

    /// <summary>Down time including a current outage that the end of the run cuts short.</summary>
    public double DownTimeUntil(double end) => DownTime + (IsUp ? 0 : Math.Max(0, end - downSince));

    public void StageStarted(ServiceStage stage, TaskProgress task)
    {
        if (stage == ServiceStage.Compression)
        {
            task.Start = environment.Now;
        }
        else if (double.IsNaN(task.UploadStart))
        {
            task.UploadStart = environment.Now;
        }
    }

    public void StageCompleted(ServiceStage stage, TaskProgress task)
    {
        if (stage == ServiceStage.Compression)
        {
            task.CompressionEnd = environment.Now;
            Uplink.Add(task);
        }
        else
        {
            run.Complete(task, this);
        }
    }

    public void Stalled(ServiceStage stage, double work) => run.Stall(this, stage, work);
}
