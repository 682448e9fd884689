namespace EdgeLearnSim.Core.Extensions;

/// <summary>
/// The entries of one extension kind (schedulers, topologies, distributions, lower bounds) by case-insensitive name,
/// in registration order. An unknown name is an <see cref="UnknownNameException"/> that lists the valid names and
/// suggests the nearest one. Adding an entry is one <see cref="Register"/> line where the kind's registry is composed.
/// </summary>
/// <param name="kind">What the entries are, in error messages (<c>scheduler</c>, <c>topology</c>).</param>
public sealed class Registry<TEntry>(string kind)
    where TEntry : class, IRegistryEntry
{
    private readonly Dictionary<string, TEntry> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TEntry> ordered = [];

    public string Kind { get; } = kind;

    /// <summary>Every entry, in registration order.</summary>
    public IReadOnlyList<TEntry> All => ordered;

    public IEnumerable<string> Names => ordered.Select(e => e.Name);

    /// <exception cref="InvalidOperationException">An entry of the same name is already registered.</exception>
    public Registry<TEntry> Register(TEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!byName.TryAdd(entry.Name, entry))
        {
            throw new InvalidOperationException($"{Kind} '{entry.Name}' is registered twice.");
        }
        ordered.Add(entry);
        return this;
    }

    public bool Contains(string name) => byName.ContainsKey(name);

    /// <summary>The entry named <paramref name="name"/>; throws <see cref="UnknownNameException"/> otherwise.</summary>
    public TEntry Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (byName.TryGetValue(name, out var entry))
        {
            return entry;
        }
        var names = Names.ToArray();
        throw new UnknownNameException(Kind, name, names, NearestName.Of(names, name));
    }
}
