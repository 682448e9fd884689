namespace EdgeLearnSim.Experiments.Running;

/// <summary>What provenance records about the tool itself: its version, the git commit if known, and package versions.</summary>
public sealed record ToolInfo(string Version, string? Commit, IReadOnlyDictionary<string, string> Packages)
{
    public static ToolInfo Unknown { get; } = new("unknown", null, new Dictionary<string, string>());
}
