using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Stations;
using EdgeLearnSim.Engine;

namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// One edge during a run: its access link (when transfers take time), its compressor (when compression takes
/// time) and its uplink, the three stages of docs/pipeline.md in store-and-forward order, and whether the edge is up.
/// A down edge holds no tasks: going down hands them all back to the run for re-dispatch.
/// </summary>
internal sealed class EdgeNode : IStationOwner
{
    private readonly UploadRun run;
    private readonly SimulationEnvironment environment;
    private double downSince;

    public EdgeNode(UploadRun run, SimulationEnvironment environment, EdgeServer edge, IRateProfile uplink, UplinkPolicy policy)
    {
        this.run = run;
        this.environment = environment;
        Id = edge.Id;
        Access = new AccessLink(environment, edge.AccessMbps, this);
        Uplink = policy.CreateStation(environment, uplink, this);
        Compressor = edge.CompressionSecondsPerByte > 0 ? new CompressionStation(environment, edge.Cores, edge.CompressionSecondsPerByte, this) : null;
    }

    public int Id { get; }

    public bool IsUp { get; private set; } = true;

    public Station Uplink { get; }

    public AccessLink Access { get; }

    public CompressionStation? Compressor { get; }

    /// <summary>Raw megabits handed over instantly (device and edge both unlimited), for the devices' energy.</summary>
    public double InstantMegabits { get; private set; }

    public double DownTime { get; private set; }

    /// <summary>The outages that ended before the run did, in order.</summary>
    public List<(double Start, double End)> Outages { get; } = [];

    /// <summary>
    /// The device starts sending the task's raw data here (all of it: a displaced task re-sends from the start). A
    /// down edge sends the task back for re-dispatch; with neither the device nor the edge limited it arrives at once.
    /// </summary>
    public void Receive(TaskProgress task)
    {
        if (!IsUp)
        {
            run.Redispatch(task);
            return;
        }
        task.Edge = Id;
        task.RemainingAccessMegabits = 8.0 * task.RawBytes / 1e6;
        if (double.IsPositiveInfinity(Math.Min(task.DeviceMbps, Access.CapacityMbps)))
        {
            InstantMegabits += task.RemainingAccessMegabits;
            task.RemainingAccessMegabits = 0;
            task.AccessStart = environment.Now;
            Arrive(task);
            return;
        }
        Access.Add(task);
    }

    /// <summary>The task's raw data is all here: it goes to a core, or straight to the uplink when compression is instant or done.</summary>
    private void Arrive(TaskProgress task)
    {
        var now = environment.Now;
        task.Arrival = now;
        task.EnterPhase(TaskPhase.Compression, now);
        if (Compressor is not null && task.RemainingCompressionBytes > 0)
        {
            Compressor.Add(task);
            return;
        }
        if (Compressor is null)
        {
            task.Start = now;
            task.CompressionEnd = now;
        }
        task.EnterPhase(TaskPhase.Upload, now);
        Uplink.Add(task);
    }

    /// <summary>The edge fails: returns every task it held, progress recorded, in service order.</summary>
    public List<TaskProgress> GoDown()
    {
        IsUp = false;
        downSince = environment.Now;
        var displaced = new List<TaskProgress>();
        Access.TakeAll(displaced);
        Compressor?.TakeAll(displaced);
        Uplink.TakeAll(displaced);
        return displaced;
    }

    public void GoUp()
    {
        IsUp = true;
        DownTime += environment.Now - downSince;
        Outages.Add((downSince, environment.Now));
    }

    /// <summary>The outages up to <paramref name="end"/>, a current one cut there.</summary>
    public IEnumerable<(double Start, double End)> OutagesUntil(double end) =>
        IsUp || end <= downSince ? Outages : Outages.Append((downSince, end));

    /// <summary>Down time including a current outage that the end of the run cuts short.</summary>
    public double DownTimeUntil(double end) => DownTime + (IsUp ? 0 : Math.Max(0, end - downSince));

    public void StageStarted(ServiceStage stage, TaskProgress task)
    {
        if (stage == ServiceStage.Compression)
        {
            task.Start = environment.Now;
        }
        else if (stage == ServiceStage.Upload && double.IsNaN(task.UploadStart))
        {
            task.UploadStart = environment.Now;
        }
    }

    public void StageCompleted(ServiceStage stage, TaskProgress task)
    {
        switch (stage)
        {
            case ServiceStage.Access:
                Arrive(task);
                break;
            case ServiceStage.Compression:
                task.CompressionEnd = environment.Now;
                task.EnterPhase(TaskPhase.Upload, environment.Now);
                Uplink.Add(task);
                break;
            default:
                task.EnterPhase(TaskPhase.Done, environment.Now);
                run.Complete(task, this);
                break;
        }
    }

    public void Stalled(ServiceStage stage, double work) => run.Stall(this, stage, work);
}
