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
}
