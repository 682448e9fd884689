namespace EdgeLearnSim.Core.Scheduling;

/// <summary>A registry entry: a scheduler's name, what it is, the parameters it accepts with their defaults, and its factory.</summary>
public sealed record SchedulerDescriptor(
    string Name,
    string Description,
    IReadOnlyDictionary<string, double> ParameterDefaults,
    Func<SchedulerParameters, IScheduler> Create);
