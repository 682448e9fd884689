using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Scheduling;

/// <summary>
/// Schedulers by case-insensitive name (a <see cref="Registry{TEntry}"/> of descriptors that also checks parameter
/// names). An unknown name is an error that lists the valid names and suggests the nearest one. The composed
/// registry with every scheduler lives in the Solvers assembly (<c>SchedulerCatalog</c>), the one place that sees
/// both the heuristics and the OR-Tools methods.
/// </summary>
public sealed class SchedulerRegistry
{
    private readonly Registry<SchedulerDescriptor> entries = new("scheduler");

    public IReadOnlyList<SchedulerDescriptor> All => entries.All;

    public SchedulerRegistry Register(SchedulerDescriptor descriptor)
    {
        entries.Register(descriptor);
        return this;
    }

    public bool Contains(string name) => entries.Contains(name);

    /// <summary>The descriptor for <paramref name="name"/>; throws <see cref="UnknownNameException"/> otherwise.</summary>
    public SchedulerDescriptor Find(string name) => entries.Find(name);

    /// <summary>Creates a scheduler, rejecting parameter names it does not declare.</summary>
    public IScheduler Create(string name, SchedulerParameters? parameters = null)
    {
        var descriptor = Find(name);
        parameters ??= SchedulerParameters.None;
        foreach (var parameter in parameters.Names)
        {
            if (descriptor.FindParameter(parameter) is null)
            {
                throw new ArgumentException(descriptor.UnknownParameter(parameter));
            }
        }
        return descriptor.Create(parameters);
    }
}
