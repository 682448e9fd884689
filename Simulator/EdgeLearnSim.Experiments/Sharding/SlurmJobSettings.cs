namespace EdgeLearnSim.Experiments.Sharding;

/// <summary>
/// What <see cref="SlurmScriptWriter"/> needs to write the job scripts of one scenario. Paths are used as
/// given, so callers pass absolute ones: the jobs run on other nodes, from other directories.
/// </summary>
public sealed record SlurmJobSettings
{
    /// <summary>The scenario YAML the shards run.</summary>
    public required string ScenarioPath { get; init; }

    /// <summary>The scenario's name (docs/conventions.md): its results go to <c>OutputDirectory/ScenarioName/</c>.</summary>
    public required string ScenarioName { get; init; }

    /// <summary>Number of shards N, one array task each (<c>--array=0-(N-1)</c>); at least 1.</summary>
    public required int Shards { get; init; }

    /// <summary>The <c>--out</c> directory of the shards and of the merge, on a file system every node shares.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// The words that start the tool on a compute node, e.g. <c>["/opt/edgelearnsim"]</c> or
    /// <c>["dotnet", "/opt/edgelearnsim/edgelearnsim.dll"]</c>; each is shell-quoted in the scripts.
    /// </summary>
    public required IReadOnlyList<string> ToolCommand { get; init; }

    /// <summary>Slurm partition (<c>--partition</c>), or null for the cluster's default.</summary>
    public string? Partition { get; init; }

    /// <summary>Time limit per job in a Slurm time format (<c>--time</c>, e.g. <c>30</c>, <c>2:00:00</c>, <c>1-12</c>), or null for the partition's default.</summary>
    public string? TimeLimit { get; init; }

    /// <summary>Memory per job (<c>--mem</c>, e.g. <c>4G</c>, <c>500M</c>), or null for the partition's default.</summary>
    public string? Memory { get; init; }
}
