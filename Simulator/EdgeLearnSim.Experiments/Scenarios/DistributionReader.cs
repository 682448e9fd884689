using EdgeLearnSim.Core.Distributions;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Reads a distribution written as <c>{uniform: [min, max]}</c>, <c>{uniform-int: [min, max]}</c>,
/// <c>{constant: x}</c> (or a bare number), <c>{normal: [mean, sd]}</c>, <c>{lognormal: [mu, sigma]}</c> or
/// <c>{empirical: {trace: FILE, column: NAME}}</c>.
/// </summary>
internal static class DistributionReader
{
    private static readonly string[] Kinds = ["constant", "uniform", "uniform-int", "normal", "lognormal", "empirical"];

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
        if (YamlSection.SingleEntry(context, mapping, $"a distribution for '{field}'") is not var (kind, value, keyNode))
        {
            return null;
        }
        switch (kind)
        {
            case "constant":
                var constant = context.Number(value, $"a number for '{field}'", v => !positive || v > 0);
                return constant is null ? null : new ConstantDistribution(constant.Value);
            case "uniform":
                return Pair(context, value, field, kind) is var (min, max) && Ordered(context, value, field, min, max, positive)
                    ? new UniformDistribution(min, max)
                    : null;
            case "uniform-int":
                if (Pair(context, value, field, kind) is not var (low, high))
                {
                    return null;
                }
                if (low != Math.Floor(low) || high != Math.Floor(high))
                {
                    context.Problem(value, $"expected whole numbers for uniform-int of '{field}'");
                    return null;
                }
                return Ordered(context, value, field, low, high, positive) ? new UniformIntegerDistribution((long)low, (long)high) : null;
            case "normal":
            case "lognormal":
                if (Pair(context, value, field, kind) is not var (location, spread))
                {
                    return null;
                }
                if (spread < 0)
                {
                    context.Problem(value, $"expected a standard deviation >= 0 for {kind} of '{field}', found {spread}");
                    return null;
                }
                return kind == "normal" ? new NormalDistribution(location, spread) : new LogNormalDistribution(location, spread);
            case "empirical":
                var section = YamlSection.Open(context, $"{field}.empirical", value, context.Mark(value));
                if (section is null)
                {
                    return null;
                }
                var traceNode = section.Get("trace");
                var columnNode = section.Get("column");
                section.RejectUnknownKeys();
                if (traceNode is null || columnNode is null)
                {
                    context.Problem(value, $"expected 'trace' and 'column' for the empirical distribution of '{field}'");
                    return null;
                }
                var trace = context.ExistingFile(traceNode, $"trace file for '{field}'");
                var column = context.Scalar(columnNode, "a column name");
                return trace is null || column is null ? null : new EmpiricalDistribution(trace, column);
            default:
                context.Problem(keyNode, $"unknown distribution '{kind}' for '{field}'; expected one of: {string.Join(", ", Kinds)}");
                return null;
        }
    }

    private static (double, double)? Pair(ScenarioReadContext context, YamlNode node, string field, string kind)
    {
        if (node is not YamlSequenceNode { Children.Count: 2 } pair)
        {
            context.Problem(node, $"expected two numbers like [{(kind.StartsWith("uniform", StringComparison.Ordinal) ? "min, max" : "location, spread")}] for {kind} of '{field}'");
            return null;
        }
        var first = context.Double(pair.Children[0], $"a number in {kind} of '{field}'");
        var second = context.Double(pair.Children[1], $"a number in {kind} of '{field}'");
        return first is null || second is null ? null : (first.Value, second.Value);
    }

    private static bool Ordered(ScenarioReadContext context, YamlNode node, string field, double min, double max, bool positive)
    {
        if (min > max)
        {
            context.Problem(node, $"expected min <= max for '{field}', found [{min}, {max}]");
            return false;
        }
        if (positive && min <= 0)
        {
            context.Problem(node, $"expected values > 0 for '{field}', found min {min}");
            return false;
        }
        return true;
    }
}
