namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>The mutable state of one task during a run; becomes a <see cref="Results.TaskRecord"/> at the end.</summary>
internal sealed class TaskProgress(int id, double release, double rawBytes, double compressedBytes, double compressionSeconds)
{
    public int Id { get; } = id;

    /// <summary>r_i.</summary>
    public double Release { get; } = release;

    /// <summary>D_i.</summary>
    public double RawBytes { get; } = rawBytes;

    /// <summary>D_i·BestR_i, the bytes uploaded.</summary>
    public double CompressedBytes { get; } = compressedBytes;

    /// <summary>Compute time the whole compression takes, in seconds.</summary>
    public double CompressionSeconds { get; } = compressionSeconds;

    /// <summary>Megabits the whole upload carries: 8·D_i·BestR_i / 10^6.</summary>
    public double UploadMegabits { get; } = 8.0 * compressedBytes / 1e6;

    public double RemainingCompression { get; set; } = compressionSeconds;

    public double RemainingMegabits { get; set; } = 8.0 * compressedBytes / 1e6;

    /// <summary>The edge the task is at or on its way to; -1 while it waits for any eligible edge to come up.</summary>
    public int Edge { get; set; } = -1;

    /// <summary>Position in the edge's service order: lower is served first among the tasks present.</summary>
    public long QueueKey { get; set; }

    /// <summary>Fair share: the per-flow service level at which this upload completes.</summary>
    public double FinishTag { get; set; }

    public double Start { get; set; } = double.NaN;

    public double CompressionEnd { get; set; } = double.NaN;

    public double UploadStart { get; set; } = double.NaN;

    public double UploadEnd { get; set; } = double.NaN;

    public int Redispatches { get; set; }

    public bool IsDone { get; set; }

    /// <summary>True while the task's data is still at the device, so reaching an edge takes the access transfer.</summary>
    public bool DataAtDevice { get; set; } = true;

    /// <summary>Puts the task back to the state it had when its device first released it.</summary>
    public void Restart()
    {
        RemainingCompression = CompressionSeconds;
        RemainingMegabits = UploadMegabits;
        DataAtDevice = true;
    }
}
