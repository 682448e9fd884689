namespace EdgeLearnSim.Experiments.Tests.Robustness;

/// <summary>
/// The robustness tests capture the process-wide console, so they run alone, after the parallel tests, and never
/// see another test's output.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture
{
    public const string Name = "robustness (console captured)";
}
