using EdgeLearnSim.Core.Programs;
using EdgeLearnSim.Core.Scheduling;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// One scheduler a scenario runs: the registered <paramref name="Name"/>, the <paramref name="Label"/> that
/// appears in the <c>scheduler</c> column (the name unless the scenario sets <c>label:</c>), and its parameters
/// (already checked against the registry's declared names).
/// </summary>
public sealed record SchedulerChoice(string Name, string Label, IReadOnlyDictionary<string, double> Parameters)
{
    /// <summary>Set for <c>{name: external, ...}</c>: the program that schedules (docs/external-protocol.md).</summary>
    public ExternalProgram? External { get; init; }

    public SchedulerParameters ToParameters() => new(Parameters);

    /// <summary>Why <paramref name="label"/> cannot name rows of the scheduler column, or null when it can.</summary>
    public static string? LabelProblem(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Length == 0 || label.Any(c => c is ',' or '"' or '/' or '\\' || char.IsWhiteSpace(c))
            ? $"scheduler label '{label}' must be non-empty without spaces, commas, quotes or slashes"
            : null;
    }
}
