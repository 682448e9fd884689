namespace EdgeLearnSim.Core.Scheduling;

/// <summary>A scheduler name that is not registered; the message lists the valid names and the nearest one.</summary>
public sealed class UnknownSchedulerException(string name, IReadOnlyList<string> validNames, string? nearest)
    : ArgumentException(
        $"unknown scheduler '{name}'" + (nearest is null ? "" : $" (did you mean '{nearest}'?)") +
        $"; valid: {string.Join(", ", validNames)}")
{
    public string RequestedName { get; } = name;

    public IReadOnlyList<string> ValidNames { get; } = validNames;

    public string? Nearest { get; } = nearest;
}
