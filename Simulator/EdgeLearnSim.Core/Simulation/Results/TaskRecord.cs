namespace EdgeLearnSim.Core.Simulation.Results;

/// <summary>
/// What happened to one task, in simulated seconds. <see cref="Edge"/> is where it finished; after an outage moved
/// it, <see cref="Start"/> and <see cref="CompressionEnd"/> are those of its last compression, while
/// <see cref="UploadStart"/> is the first time any edge began its upload.
/// </summary>
/// <param name="Task">Task id.</param>
/// <param name="Edge">The edge that completed the upload.</param>
/// <param name="Release">r_i, when the device handed over (or started sending) its data.</param>
/// <param name="Start">When its (last) compression started; with no compression time, when its data last reached an edge.</param>
/// <param name="CompressionEnd">When its (last) compression ended.</param>
/// <param name="UploadStart">When its upload first started.</param>
/// <param name="UploadEnd">When its last byte reached the cloud.</param>
/// <param name="Bytes">D_i·BestR_i, the compressed bytes it delivers.</param>
/// <param name="Accuracy">A(BestR_i).</param>
/// <param name="Redispatches">How many times an outage moved it to another edge.</param>
public readonly record struct TaskRecord(
    int Task,
    int Edge,
    double Release,
    double Start,
    double CompressionEnd,
    double UploadStart,
    double UploadEnd,
    double Bytes,
    double Accuracy,
    int Redispatches)
{
    /// <summary>When its (last) access transfer started (its data last reached an edge at <see cref="Arrival"/>).</summary>
    public double AccessStart { get; init; }

    /// <summary>When its raw data last reached an edge.</summary>
    public double Arrival { get; init; }

    /// <summary>The core of its edge that (last) compressed it (0 with one core).</summary>
    public int Core { get; init; }

    /// <summary>Seconds in the access stage: transfers (re-sends included), parked time.</summary>
    public double AccessTime { get; init; }

    /// <summary>Seconds from arrival at an edge to the end of compression, waiting for a core included.</summary>
    public double CompressionTime { get; init; }

    /// <summary>Seconds from compression's end to the upload's end, waiting included.</summary>
    public double UploadTime { get; init; }

    /// <summary>UploadEnd − Release.</summary>
    public double CompletionTime => UploadEnd - Release;
}
