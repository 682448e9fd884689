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

    public double RemainingCompression
    {
        get => states[id].RemainingCompression;
        set => states[id].RemainingCompression = value;
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

    /// <summary>True while the task's data is still at the device, so reaching an edge takes the access transfer.</summary>
    public bool DataAtDevice
    {
        get => states[id].DataAtDevice;
        set => states[id].DataAtDevice = value;
    }

    /// <summary>Sets up a task as its device first releases it.</summary>
    public static void Initialise(TaskState[] states, int id, double release, double rawBytes, double compressedBytes, double compressionSeconds, long queueKey)
    {
        states[id] = new TaskState
        {
            Release = release,
            RawBytes = rawBytes,
            CompressedBytes = compressedBytes,
            CompressionSeconds = compressionSeconds,
            QueueKey = queueKey,
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
        state.RemainingCompression = state.CompressionSeconds;
        state.RemainingMegabits = 8.0 * state.CompressedBytes / 1e6;
        state.DataAtDevice = true;
    }
}
