using System.Globalization;

namespace EdgeLearnSim.Core.Scheduling;

/// <summary>
/// Named numeric parameters of one scheduler (for example <c>rounds</c>, <c>cooling</c>), as a scenario
/// gives them. Names a scheduler does not declare are rejected by the registry before any run.
/// </summary>
public sealed class SchedulerParameters
{
    private readonly Dictionary<string, double> values;

    public SchedulerParameters(IReadOnlyDictionary<string, double>? values = null)
    {
        this.values = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        if (values is not null)
        {
            foreach (var (name, value) in values)
            {
                this.values[name] = value;
            }
        }
    }

    public static SchedulerParameters None { get; } = new();

    public IEnumerable<string> Names => values.Keys;

    public double Get(string name, double defaultValue) => values.TryGetValue(name, out var v) ? v : defaultValue;

    public int GetInt(string name, int defaultValue)
    {
        var value = Get(name, defaultValue);
        if (value != Math.Floor(value) || value < int.MinValue || value > int.MaxValue)
        {
            throw new ArgumentException($"Scheduler parameter '{name}' must be a whole number, not {value.ToString(CultureInfo.InvariantCulture)}.");
        }
        return (int)value;
    }
}
