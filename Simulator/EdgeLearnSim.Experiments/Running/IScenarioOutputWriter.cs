namespace EdgeLearnSim.Experiments.Running;

/// <summary>Writes some of a scenario's output files into <see cref="ScenarioResults.Folder"/>, atomically, from the results alone.</summary>
public interface IScenarioOutputWriter
{
    void Write(ScenarioResults results);
}
