namespace EdgeLearnSim.Experiments.Sharding;

/// <summary>
/// The three job scripts of one scenario, as text with <c>\n</c> line ends, and the directory they belong in.
/// <see cref="Submit"/> is what a user runs: it queues <see cref="Shards"/> as an array job and
/// <see cref="Merge"/> as a job that starts after every shard has ended, whatever its exit code.
/// </summary>
public sealed record SlurmScripts(string Directory, string Shards, string Merge, string Submit)
{
    public const string ShardsFileName = "shards.sbatch";
    public const string MergeFileName = "merge.sbatch";
    public const string SubmitFileName = "submit.sh";
    public const string LogsDirectoryName = "logs";

    public string ShardsPath => Path.Combine(Directory, ShardsFileName);

    public string MergePath => Path.Combine(Directory, MergeFileName);

    public string SubmitPath => Path.Combine(Directory, SubmitFileName);

    /// <summary>Where Slurm writes each job's output (<c>shard-JOB_TASK.out</c>, <c>merge-JOB.out</c>).</summary>
    public string LogsDirectory => Path.Combine(Directory, LogsDirectoryName);
}
