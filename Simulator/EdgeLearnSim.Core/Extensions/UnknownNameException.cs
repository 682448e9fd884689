namespace EdgeLearnSim.Core.Extensions;

/// <summary>A name no entry of a <see cref="Registry{TEntry}"/> has; the message lists the valid names and the nearest one.</summary>
public sealed class UnknownNameException(string kind, string name, IReadOnlyList<string> validNames, string? nearest)
    : ArgumentException(
        $"unknown {kind} '{name}'" + (nearest is null ? "" : $" (did you mean '{nearest}'?)") +
        $"; valid: {string.Join(", ", validNames)}")
{
    /// <summary>What the registry holds (<c>scheduler</c>, <c>topology</c>, …).</summary>
    public string Kind { get; } = kind;

    public string RequestedName { get; } = name;

    public IReadOnlyList<string> ValidNames { get; } = validNames;

    public string? Nearest { get; } = nearest;
}
