using EdgeLearnSim.Core.Simulation.Bandwidth;

namespace EdgeLearnSim.Core.Simulation;

/// <summary>
/// The names scenarios use for simulation modes (<c>resume</c>, <c>repeat</c>, <c>normalise-to-mean</c>, ...),
/// parsed case-insensitively; an unknown name throws <see cref="InvalidInputException"/> at
/// the given location listing the valid ones. <see cref="NameOf{T}"/> gives the canonical name back.
/// </summary>
public static class SimulationNames
{
    private static readonly (string Name, RedispatchMode Value)[] Redispatch = [("resume", RedispatchMode.Resume), ("restart", RedispatchMode.Restart)];

    private static readonly (string Name, TraceEndMode Value)[] EndModes = [("repeat", TraceEndMode.Repeat), ("hold-last", TraceEndMode.HoldLast)];

    private static readonly (string Name, TraceScaling Value)[] Scalings = [("scale", TraceScaling.Scale), ("normalise-to-mean", TraceScaling.NormaliseToMean)];

    public static RedispatchMode ParseRedispatchMode(string name, string location) => Parse(Redispatch, name, location, "re-dispatch mode");

    public static TraceEndMode ParseTraceEndMode(string name, string location) => Parse(EndModes, name, location, "trace end mode");

    public static TraceScaling ParseTraceScaling(string name, string location) => Parse(Scalings, name, location, "trace scaling");

    /// <summary>The scenario name of an option value, e.g. <c>hold-last</c> for <see cref="TraceEndMode.HoldLast"/>.</summary>
    public static string NameOf<T>(T value)
        where T : struct, Enum
    {
        string? name = value switch
        {
            RedispatchMode v => Find(Redispatch, v),
            TraceEndMode v => Find(EndModes, v),
            TraceScaling v => Find(Scalings, v),
            _ => null,
        };
        return name ?? throw new ArgumentOutOfRangeException(nameof(value), value, "Not a simulation option value.");
    }

    private static string? Find<T>((string Name, T Value)[] names, T value)
        where T : struct, Enum =>
        names.Where(n => n.Value.Equals(value)).Select(n => n.Name).FirstOrDefault();

    private static T Parse<T>((string Name, T Value)[] names, string name, string location, string what)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var (known, value) in names)
        {
            if (string.Equals(known, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        throw new InvalidInputException(location, $"unknown {what} '{name}'; expected one of: {string.Join(", ", names.Select(n => n.Name))}");
    }
}
