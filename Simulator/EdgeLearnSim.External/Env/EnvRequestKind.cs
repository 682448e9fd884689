namespace EdgeLearnSim.External.Env;

/// <summary>What a caller's line asks for.</summary>
public enum EnvRequestKind
{
    /// <summary>The edge for the pending decision.</summary>
    Choice,

    /// <summary>Start an episode on a cell, abandoning any running one.</summary>
    Reset,

    /// <summary>End the session.</summary>
    Close,
}
