using EdgeLearnSim.Core;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>The outcome of reading a scenario file: the scenario when <see cref="Problems"/> is empty, else every problem found.</summary>
public sealed record ScenarioLoadResult(Scenario? Scenario, IReadOnlyList<InvalidInputException> Problems)
{
    public bool IsValid => Problems.Count == 0 && Scenario is not null;

    /// <summary>The scenario, or the first problem thrown (the CLI prints all of them before that).</summary>
    public Scenario GetOrThrow() => IsValid ? Scenario! : throw Problems[0];
}
