namespace EdgeLearnSim.Core.Extensions;

/// <summary>
/// A registry entry for one kind of a scenario's building blocks (a topology, a distribution): its name, what it is,
/// the parameters a scenario may give it, and the factory that builds its spec from them. The YAML readers, the
/// Scenarios/SCHEMA.md table and <c>validate</c> all walk these, so a new kind is one class with a static entry plus
/// one registration line.
/// </summary>
/// <param name="Name">The name a scenario uses.</param>
/// <param name="Description">One line for Scenarios/SCHEMA.md.</param>
/// <param name="Parameters">What a scenario may give it, in the order of the list form <c>{name: [v1, v2]}</c>.</param>
/// <param name="Create">
/// Builds the spec from checked arguments; throws <see cref="ArgumentException"/> for a combination of values no
/// single parameter's range rules out.
/// </param>
public sealed record ExtensionKind<TSpec>(
    string Name,
    string Description,
    IReadOnlyList<KindParameter> Parameters,
    Func<KindArguments, TSpec> Create) : IRegistryEntry
{
    /// <summary>True when every parameter may be left out, so the bare name is a complete entry.</summary>
    public bool HasDefaults => Parameters.All(p => p.Optional);
}
