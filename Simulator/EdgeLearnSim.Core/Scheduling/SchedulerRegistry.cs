namespace EdgeLearnSim.Core.Scheduling;

/// <summary>
/// Schedulers by case-insensitive name. An unknown name is an error that lists the valid names and
/// suggests the nearest one. The composed registry with every scheduler lives in the Solvers assembly
/// (<c>SchedulerCatalog</c>), the one place that sees both the heuristics and the OR-Tools methods.
/// </summary>
public sealed class SchedulerRegistry
{
    private readonly Dictionary<string, SchedulerDescriptor> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SchedulerDescriptor> ordered = [];

    public IReadOnlyList<SchedulerDescriptor> All => ordered;

    public SchedulerRegistry Register(SchedulerDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (!byName.TryAdd(descriptor.Name, descriptor))
        {
            throw new InvalidOperationException($"Scheduler '{descriptor.Name}' is registered twice.");
        }
        ordered.Add(descriptor);
        return this;
    }

    public bool Contains(string name) => byName.ContainsKey(name);

    /// <summary>The descriptor for <paramref name="name"/>; throws <see cref="UnknownSchedulerException"/> otherwise.</summary>
    public SchedulerDescriptor Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (byName.TryGetValue(name, out var descriptor))
        {
            return descriptor;
        }
        var names = ordered.Select(d => d.Name).ToArray();
        throw new UnknownSchedulerException(name, names, NearestName.Of(names, name));
    }

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
