using EdgeLearnSim.Core.Scheduling;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// One scheduler a scenario runs: the registered <paramref name="Name"/>, the <paramref name="Label"/> that
/// appears in the <c>scheduler</c> column (the name unless the scenario sets <c>label:</c>), and its parameters
/// (already checked against the registry's declared names).
/// </summary>
public sealed record SchedulerChoice(string Name, string Label, IReadOnlyDictionary<string, double> Parameters)
{
    public SchedulerParameters ToParameters() => new(Parameters);
}
