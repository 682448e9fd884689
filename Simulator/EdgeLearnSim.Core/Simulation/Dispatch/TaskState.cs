namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// The mutable state of one task, stored by value in one array per run so that 10^6 tasks are one allocation the
/// garbage collector never traces, rather than 10^6 objects. Accessed through <see cref="TaskProgress"/>.
/// </summary>
internal struct TaskState
{
    public double Release;
    public double RawBytes;
    public double CompressedBytes;
    public double DeviceMbps;
    public double RemainingAccessMegabits;
    public double RemainingCompressionBytes;
    public double RemainingMegabits;
    public double FinishTag;
    public double AccessStart;
    public double Arrival;
    public double Start;
    public double CompressionEnd;
    public double UploadStart;
    public double UploadEnd;
    public double PhaseStart;
    public double AccessTime;
    public double CompressionTime;
    public double UploadTime;
    public long QueueKey;
    public int Edge;
    public int Core;
    public int Redispatches;
    public TaskPhase Phase;
    public bool IsDone;
}
