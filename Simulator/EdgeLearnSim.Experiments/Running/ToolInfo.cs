namespace EdgeLearnSim.Experiments.Running;

/// <summary>What provenance records about the tool itself: its version, the git commit if known, and package versions.</summary>
public sealed record ToolInfo(string Version, string? Commit, IReadOnlyDictionary<string, string> Packages)
{
    public static ToolInfo Unknown { get; } = new("unknown", null, new Dictionary<string, string>());

    /// <summary>
    /// The identity of the compiled code that computes rows, as stored cells are keyed: it changes with any change
    /// to that code, committed or not, and not with the folder the tool runs from.
    /// </summary>
    public string SourceState { get; init; } = "unknown";
}
