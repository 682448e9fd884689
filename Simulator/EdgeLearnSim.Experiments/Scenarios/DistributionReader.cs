using System.Globalization;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Distributions;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Reads a distribution: a bare number (a constant) or a one-key mapping naming a registered distribution with its
/// parameters (<see cref="ExtensionKindReader"/>), such as <c>{uniform: [min, max]}</c>, <c>{constant: x}</c> or
/// <c>{empirical: {trace: FILE, column: NAME}}</c>. Its parameters are checked as a sampler checks them, here at their
/// position in the file.
/// </summary>
internal static class DistributionReader
{
    /// <summary>The distribution at <paramref name="node"/>; with <paramref name="positive"/>, values drawn must be &gt; 0 (sizes, bandwidths).</summary>
    public static DistributionSpec? Read(ScenarioReadContext context, YamlNode node, string field, bool positive)
    {
        if (node is YamlScalarNode)
        {
            var bare = context.Number(node, $"a number or a distribution for '{field}'", v => !positive || v > 0);
            return bare is null ? null : new ConstantDistribution(bare.Value);
        }
        if (node is not YamlMappingNode mapping)
        {
            context.Problem(node, $"expected a distribution for '{field}' such as {{uniform: [100, 1000]}}, found {ScenarioReadContext.Describe(node)}");
            return null;
        }
        if (YamlSection.SingleEntry(context, mapping, $"a distribution for '{field}'") is not var (kind, value, keyNode)
            || ExtensionKindReader.Read(context, context.Kinds.Distributions, kind, keyNode, value, field) is not { } spec)
        {
            return null;
        }
        try
        {
            _ = spec.CreateDraw(field);
        }
        catch (InvalidInputException e) when (e.Location == field)
        {
            context.Problem(value, $"{kind} of '{field}': {e.Problem}");
            return null;
        }
        catch (InvalidInputException e)
        {
            context.Add(e);
            return null;
        }
        if (positive && spec.Lowest() is { } lowest && lowest <= 0)
        {
            context.Problem(value, $"expected values > 0 for '{field}', found {lowest.ToString("R", CultureInfo.InvariantCulture)}");
            return null;
        }
        return spec;
    }
}
