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

    /// <summary>A registered arrival process: its bare name or a one-key mapping with its parameters (<see cref="ExtensionKindReader"/>).</summary>
    private static ArrivalSpec? ReadArrivals(ScenarioReadContext context, YamlSection parent, YamlNode node)
    {
        var field = parent.Child("arrivals");
        if (node is YamlMappingNode mapping)
        {
            return YamlSection.SingleEntry(context, mapping, "an arrival process") is var (kind, value, keyNode)
                ? ExtensionKindReader.Read(context, context.Kinds.Arrivals, kind, keyNode, value, field)
                : null;
        }
        return context.Scalar(node, $"an arrival process for '{field}'") is { } name
            ? ExtensionKindReader.Read(context, context.Kinds.Arrivals, name, node, null, field)
            : null;
    }
}
