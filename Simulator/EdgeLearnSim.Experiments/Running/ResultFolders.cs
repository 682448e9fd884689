using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Output;

namespace EdgeLearnSim.Experiments.Running;

/// <summary>Finds the scenarios whose results an output folder holds (what <c>merge</c> renders), beside the results store.</summary>
public static class ResultFolders
{
    /// <summary>
    /// The scenario file of every <c>ROOT/&lt;scenario&gt;/provenance.yaml</c>, in folder name order; throws
    /// <see cref="InvalidInputException"/> when there is none or a provenance file names no source.
    /// </summary>
    public static IReadOnlyList<string> ScenarioSources(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var provenances = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, Provenance.FileName)).Where(File.Exists).Order(StringComparer.Ordinal).ToArray()
            : [];
        if (provenances.Length == 0)
        {
            throw new InvalidInputException(root, $"no scenario folders with {Provenance.FileName} found");
        }
        return [.. provenances.Select(p => Provenance.ReadSource(p) ?? throw new InvalidInputException(p, "field 'source' missing"))];
    }
}
