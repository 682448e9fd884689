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
        var nearest = names.MinBy(n => EditDistance(n.ToLowerInvariant(), name.ToLowerInvariant()));
        throw new UnknownSchedulerException(name, names, nearest);
    }

    /// <summary>Creates a scheduler, rejecting parameter names it does not declare.</summary>
    public IScheduler Create(string name, SchedulerParameters? parameters = null)
    {
        var descriptor = Find(name);
        parameters ??= SchedulerParameters.None;
        foreach (var parameter in parameters.Names)
        {
            if (!descriptor.ParameterDefaults.ContainsKey(parameter))
            {
                var known = descriptor.ParameterDefaults.Count == 0 ? "none" : string.Join(", ", descriptor.ParameterDefaults.Keys);
                throw new ArgumentException($"Scheduler '{descriptor.Name}' has no parameter '{parameter}' (known: {known}).");
            }
        }
        return descriptor.Create(parameters);
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var k = 0; k <= b.Length; k++)
        {
            previous[k] = k;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var k = 1; k <= b.Length; k++)
            {
                var substitution = previous[k - 1] + (a[i - 1] == b[k - 1] ? 0 : 1);
                current[k] = Math.Min(substitution, Math.Min(previous[k] + 1, current[k - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
