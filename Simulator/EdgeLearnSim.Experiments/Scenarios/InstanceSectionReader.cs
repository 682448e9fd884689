using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Core.Instances;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>Reads the <c>instance:</c> section into an <see cref="InstanceSpec"/>; absent keys keep the paper's defaults.</summary>
internal static class InstanceSectionReader
{
    public static InstanceSpec Read(ScenarioReadContext context, YamlSection section)
    {
        var spec = new InstanceSpec();
        if (section.Get("tasks") is { } tasks && context.Int(tasks, "a number of tasks", 1) is { } n)
        {
            spec = spec with { Tasks = n };
        }
        if (section.Get("edges") is { } edges && context.Int(edges, "a number of edges", 1) is { } m)
        {
            spec = spec with { Edges = m };
        }
        if (section.Get("records") is { } records && DistributionReader.Read(context, records, section.Child("records"), positive: true) is { } recordsSpec)
        {
            spec = spec with { Records = recordsSpec };
        }
        if (section.Get("record_bytes") is { } bytes && context.Number(bytes, "a record size in bytes > 0", v => v > 0) is { } recordBytes)
        {
            spec = spec with { RecordBytes = recordBytes };
        }
        if (section.Get("accuracy_bound") is { } bound && DistributionReader.Read(context, bound, section.Child("accuracy_bound"), positive: false) is { } boundSpec)
        {
            spec = spec with { AccuracyBound = boundSpec };
        }
        if (section.Get("bandwidth_mbps") is { } bandwidth && DistributionReader.Read(context, bandwidth, section.Child("bandwidth_mbps"), positive: true) is { } bandwidthSpec)
        {
            spec = spec with { BandwidthMbps = bandwidthSpec };
        }
        if (section.Get("accuracy") is { } accuracy && ReadAccuracy(context, section, accuracy) is { } model)
        {
            spec = spec with { Accuracy = model };
        }
        if (section.Get("min_ratio") is { } minRatio && context.Number(minRatio, "a ratio in (0, 1]", v => v > 0 && v <= 1) is { } ratio)
        {
            spec = spec with { MinRatio = ratio };
        }
        if (section.Get("arrivals") is { } arrivals && ReadArrivals(context, section, arrivals) is { } arrivalSpec)
        {
            spec = spec with { Arrivals = arrivalSpec };
        }
        spec = ReadPipeline(context, section, spec);
        section.RejectUnknownKeys();
        return spec;
    }

    /// <summary>The pipeline parameters of docs/pipeline.md: a_i, C_j, k_j, κ_j, each a distribution.</summary>
    private static InstanceSpec ReadPipeline(ScenarioReadContext context, YamlSection section, InstanceSpec spec)
    {
        if (section.Get("device_uplink_mbps") is { } device && DistributionReader.Read(context, device, section.Child("device_uplink_mbps"), positive: true) is { } deviceSpec)
        {
            spec = spec with { DeviceUplinkMbps = deviceSpec };
        }
        if (section.Get("edge_access_mbps") is { } access && DistributionReader.Read(context, access, section.Child("edge_access_mbps"), positive: true) is { } accessSpec)
        {
            spec = spec with { EdgeAccessMbps = accessSpec };
        }
        if (section.Get("edge_cores") is { } cores && DistributionReader.Read(context, cores, section.Child("edge_cores"), positive: true) is { } coresSpec)
        {
            spec = spec with { EdgeCores = coresSpec };
        }
        if (section.Get("compression_seconds_per_byte") is { } compression
            && DistributionReader.Read(context, compression, section.Child("compression_seconds_per_byte"), positive: false) is { } compressionSpec)
        {
            spec = spec with { CompressionSecondsPerByte = compressionSpec };
        }
        return spec;
    }

    private static AccuracyModel? ReadAccuracy(ScenarioReadContext context, YamlSection parent, YamlNode node)
    {
        var section = YamlSection.Open(context, parent.Child("accuracy"), node, context.Mark(node));
        if (section is null)
        {
            return null;
        }
        var paper = AccuracyModel.Paper;
        var a = section.Get("a") is { } an ? context.Double(an, "a number for accuracy a") : paper.A;
        var b = section.Get("b") is { } bn ? context.Double(bn, "a number for accuracy b") : paper.B;
        var c = section.Get("c") is { } cn ? context.Double(cn, "a number for accuracy c") : paper.C;
        section.RejectUnknownKeys();
        return a is null || b is null || c is null ? null : new AccuracyModel(a.Value, b.Value, c.Value);
    }

    private static ArrivalSpec? ReadArrivals(ScenarioReadContext context, YamlSection parent, YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return context.Choice(node, "arrival process", "all-at-zero") is null ? null : new AllAtZeroArrivals();
        }
        if (node is not YamlMappingNode mapping)
        {
            context.Problem(node, "expected 'all-at-zero', {poisson: {rate_per_second: X}} or {trace: {path: FILE, column: NAME}} for 'instance.arrivals'");
            return null;
        }
        if (YamlSection.SingleEntry(context, mapping, "an arrival process") is not var (kind, value, keyNode))
        {
            return null;
        }
        var section = YamlSection.Open(context, $"{parent.Child("arrivals")}.{kind}", value, context.Mark(value));
        if (section is null)
        {
            return null;
        }
        ArrivalSpec? spec = null;
        switch (kind)
        {
            case "poisson":
                if (section.Get("rate_per_second") is { } rate)
                {
                    spec = context.Number(rate, "an arrival rate > 0 (tasks per second)", v => v > 0) is { } r ? new PoissonArrivals(r) : null;
                }
                else
                {
                    context.Problem(value, "expected 'rate_per_second' for poisson arrivals");
                }
                break;
            case "trace":
                var path = section.Get("path");
                var column = section.Get("column");
                if (path is null || column is null)
                {
                    context.Problem(value, "expected 'path' and 'column' for trace arrivals");
                    break;
                }
                var file = context.ExistingFile(path, "arrival trace");
                var name = context.Scalar(column, "a column name");
                spec = file is null || name is null ? null : new TraceArrivals(file, name);
                break;
            default:
                context.Problem(keyNode, $"unknown arrival process '{kind}'; expected one of: all-at-zero, poisson, trace");
                return null;
        }
        section.RejectUnknownKeys();
        return spec;
    }
}
