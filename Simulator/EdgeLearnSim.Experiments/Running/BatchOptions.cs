namespace EdgeLearnSim.Experiments.Running;

/// <summary>
/// How a batch runs. <see cref="Parallelism"/> changes speed only, never results. <see cref="Resume"/> skips cells
/// whose file exists. <see cref="ShardIndex"/>/<see cref="ShardCount"/> select the cells with index % count == index
/// (0-based, per scenario) and render nothing: <c>merge</c> renders once every shard is done.
/// </summary>
public sealed record BatchOptions
{
    public string OutputRoot { get; init; } = "Reports";

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    public bool Resume { get; init; }

    public bool SaveInstances { get; init; }

    public int ShardIndex { get; init; }

    public int ShardCount { get; init; } = 1;

    public bool IsSharded => ShardCount > 1;
}
