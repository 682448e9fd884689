namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// A handle on one task's <see cref="TaskState"/> during a run; becomes a <see cref="Results.TaskRecord"/> at the end.
/// Copies of a handle refer to the same state.
/// </summary>
internal readonly struct TaskProgress(TaskState[] states, int id)
{
    public int Id => id;

    /// <summary>r_i.</summary>
    public double Release => states[id].Release;

    /// <summary>D_i.</summary>
    public double RawBytes => states[id].RawBytes;

    /// <summary>D_i·BestR_i, the bytes uploaded.</summary>
    public double CompressedBytes => states[id].CompressedBytes;

    /// <summary>a_i in Mbps; +∞ when the device hands its data over instantly.</summary>
    public double DeviceMbps => states[id].DeviceMbps;

    /// <summary>Raw megabits still to reach the edge on the current access transfer.</summary>
    public double RemainingAccessMegabits
    {
        get => states[id].RemainingAccessMegabits;
        set => states[id].RemainingAccessMegabits = value;
    }

    /// <summary>Raw bytes still to compress (an edge needs κ_j seconds per byte on one core).</summary>
    public double RemainingCompressionBytes
    {
        get => states[id].RemainingCompressionBytes;
        set => states[id].RemainingCompressionBytes = value;
    }

    public double RemainingMegabits
    {
        get => states[id].RemainingMegabits;
        set => states[id].RemainingMegabits = value;
    }

    /// <summary>The edge the task is at or on its way to; -1 while it waits for any eligible edge to come up.</summary>
    public int Edge
    {
        get => states[id].Edge;
        set => states[id].Edge = value;
    }

    /// <summary>Position in the edge's service order: lower is served first among the tasks present.</summary>
    public long QueueKey
    {
        get => states[id].QueueKey;
        set => states[id].QueueKey = value;
    }

    /// <summary>Fair share: the per-flow service level at which this upload completes.</summary>
    public double FinishTag
    {
        get => states[id].FinishTag;
        set => states[id].FinishTag = value;
    }

    /// <summary>When its (last) access transfer started.</summary>
    public double AccessStart
    {
        get => states[id].AccessStart;
        set => states[id].AccessStart = value;
    }

    /// <summary>When its raw data (last) reached an edge.</summary>
    public double Arrival
    {
        get => states[id].Arrival;
        set => states[id].Arrival = value;
    }

    /// <summary>The core that (last) compressed it; 0 with one core or none.</summary>
    public int Core
    {
        get => states[id].Core;
        set => states[id].Core = value;
    }

    public double Start
    {
        get => states[id].Start;
        set => states[id].Start = value;
    }

    public double CompressionEnd
    {
        get => states[id].CompressionEnd;
        set => states[id].CompressionEnd = value;
    }

    public double UploadStart
    {
        get => states[id].UploadStart;
        set => states[id].UploadStart = value;
    }

    public double UploadEnd
    {
        get => states[id].UploadEnd;
        set => states[id].UploadEnd = value;
    }

    public int Redispatches
    {
        get => states[id].Redispatches;
        set => states[id].Redispatches = value;
    }

    public bool IsDone
    {
        get => states[id].IsDone;
        set => states[id].IsDone = value;
    }

    public double AccessTime => states[id].AccessTime;

    public double CompressionTime => states[id].CompressionTime;

    public double UploadTime => states[id].UploadTime;

    /// <summary>Closes the current phase's clock at <paramref name="now"/> and starts <paramref name="phase"/>'s.</summary>
    public void EnterPhase(TaskPhase phase, double now)
    {
        ref var state = ref states[id];
        var spent = now - state.PhaseStart;
        switch (state.Phase)
        {
            case TaskPhase.Access:
                state.AccessTime += spent;
                break;
            case TaskPhase.Compression:
                state.CompressionTime += spent;
                break;
            case TaskPhase.Upload:
                state.UploadTime += spent;
                break;
        }
        state.Phase = phase;
        state.PhaseStart = now;
    }

    /// <summary>Sets up a task as its device first releases it.</summary>
    public static void Initialise(TaskState[] states, int id, double release, double rawBytes, double compressedBytes, double deviceMbps, long queueKey)
    {
        states[id] = new TaskState
        {
            Release = release,
            RawBytes = rawBytes,
            CompressedBytes = compressedBytes,
            DeviceMbps = deviceMbps,
            QueueKey = queueKey,
            Phase = TaskPhase.Access,
            PhaseStart = release,
            AccessStart = double.NaN,
            Arrival = double.NaN,
            Edge = -1,
            Start = double.NaN,
            CompressionEnd = double.NaN,
            UploadStart = double.NaN,
            UploadEnd = double.NaN,
        };
        new TaskProgress(states, id).Restart();
    }

    /// <summary>Puts the task back to the state it had when its device first released it.</summary>
    public void Restart()
    {
        ref var state = ref states[id];
        state.RemainingCompressionBytes = state.RawBytes;
        state.RemainingMegabits = 8.0 * state.CompressedBytes / 1e6;
    }
}
