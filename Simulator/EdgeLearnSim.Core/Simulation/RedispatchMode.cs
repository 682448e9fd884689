namespace EdgeLearnSim.Core.Simulation;

/// <summary>What a task keeps when its edge goes down and it moves to another edge.</summary>
public enum RedispatchMode
{
    /// <summary>Compression and upload progress are kept; the new edge does the rest (the data moves between edges).</summary>
    Resume,

    /// <summary>Progress is lost: the device sends its data again (over the access link, if modelled) and the new edge starts over.</summary>
    Restart,
}
