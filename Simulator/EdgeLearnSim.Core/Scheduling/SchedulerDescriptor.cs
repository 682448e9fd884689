namespace EdgeLearnSim.Core.Scheduling;

/// <summary>A registry entry: a scheduler's name, what it is, the parameters it accepts with their defaults, and its factory.</summary>
public sealed record SchedulerDescriptor(
    string Name,
    string Description,
    IReadOnlyDictionary<string, double> ParameterDefaults,
    Func<SchedulerParameters, IScheduler> Create)
{
    /// <summary>The declared spelling of parameter <paramref name="name"/> (names are case-insensitive), or null when it declares none such.</summary>
    public string? FindParameter(string name) =>
        ParameterDefaults.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The one-line problem of a parameter this scheduler does not declare: the nearest declared name and all of them.</summary>
    public string UnknownParameter(string name) => ParameterDefaults.Count == 0
        ? $"scheduler '{Name}' has no parameter '{name}' (it takes none)"
        : $"scheduler '{Name}' has no parameter '{name}' (did you mean '{NearestName.Of(ParameterDefaults.Keys, name)}'? known: {string.Join(", ", ParameterDefaults.Keys)})";
}
