namespace EdgeLearnSim.Experiments.Sharding;

/// <summary>How far a shard of a sharded run got, as recorded by <see cref="ShardLedger"/>.</summary>
public enum ShardProgress
{
    /// <summary>The shard began; if it is not <see cref="Finished"/>, it was stopped or is still running.</summary>
    Started,

    /// <summary>Every cell of the shard has its file.</summary>
    Finished,
}
