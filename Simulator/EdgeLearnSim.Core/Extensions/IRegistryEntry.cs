namespace EdgeLearnSim.Core.Extensions;

/// <summary>What every registry entry carries: the name a scenario uses for it and one line for docs and listings.</summary>
public interface IRegistryEntry
{
    /// <summary>The name scenarios and the command line use, matched case-insensitively.</summary>
    string Name { get; }

    /// <summary>One line saying what the entry is, for Scenarios/SCHEMA.md and listings.</summary>
    string Description { get; }
}
