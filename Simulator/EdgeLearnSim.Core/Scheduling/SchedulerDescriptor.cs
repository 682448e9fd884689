using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Scheduling;

/// <summary>A registry entry: a scheduler's name, what it is, the parameters it accepts with their defaults, and its factory.</summary>
public sealed record SchedulerDescriptor(
    string Name,
    string Description,
    IReadOnlyDictionary<string, double> ParameterDefaults,
    Func<SchedulerParameters, IScheduler> Create) : IRegistryEntry
{
    /// <summary>
    /// True for schedulers that build a model variable per (task, eligible edge) pair (LPs, CP-SAT), whose memory
    /// grows with the pairs rather than the tasks; <c>validate</c> estimates their memory per pair.
    /// </summary>
    public bool ModelsEveryPair { get; init; }

    /// <summary>The declared spelling of parameter <paramref name="name"/> (names are case-insensitive), or null when it declares none such.</summary>
    public string? FindParameter(string name) =>
        ParameterDefaults.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The one-line problem of a parameter this scheduler does not declare: the nearest declared name and all of them.</summary>
    public string UnknownParameter(string name) => ParameterDefaults.Count == 0
        ? $"scheduler '{Name}' has no parameter '{name}' (it takes none)"
        : $"scheduler '{Name}' has no parameter '{name}' (did you mean '{NearestName.Of(ParameterDefaults.Keys, name)}'? known: {string.Join(", ", ParameterDefaults.Keys)})";
}
