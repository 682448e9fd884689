namespace EdgeLearnSim.Experiments.Running;

/// <summary>Writes some of a scenario's output files into <see cref="ScenarioResults.Folder"/>, atomically, from the results alone.</summary>
public interface IScenarioOutputWriter
{
    /// <summary>
    /// Writes the files and returns them in the order written. <see cref="ScenarioResults.Written"/> holds what the
    /// writers before this one wrote, so a later writer (the report) links files instead of deciding again which exist.
    /// </summary>
    IReadOnlyList<WrittenFile> Write(ScenarioResults results);
}
