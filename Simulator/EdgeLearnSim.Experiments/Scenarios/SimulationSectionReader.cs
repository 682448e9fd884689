using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Bandwidth;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>Reads the <c>simulation:</c> section into <see cref="SimulationOptions"/>.</summary>
internal static class SimulationSectionReader
{
    public static SimulationOptions Read(ScenarioReadContext context, YamlSection section)
    {
        var options = new SimulationOptions();
        if (section.Get("policy") is { } policy && context.Named(policy, "an uplink policy", SimulationNames.ParseUplinkPolicy) is { } uplink)
        {
            options = options with { Policy = uplink };
        }
        if (section.Get("compression_seconds_per_byte") is { } compression
            && context.Number(compression, "compression seconds per byte >= 0", v => v >= 0) is { } perByte)
        {
            options = options with { CompressionSecondsPerByte = perByte };
        }
        if (section.Get("access_bandwidth_mbps") is { } access
            && context.Number(access, "an access bandwidth > 0 (Mbps)", v => v > 0) is { } accessMbps)
        {
            options = options with { AccessBandwidthMbps = accessMbps };
        }
        if (section.Get("horizon_seconds") is { } horizon
            && context.Number(horizon, "a horizon > 0 (seconds)", v => v > 0) is { } horizonSeconds)
        {
            options = options with { HorizonSeconds = horizonSeconds };
        }
        if (section.Get("bandwidth_traces") is { } traces)
        {
            options = options with { BandwidthTraces = ReadTraces(context, section, traces) };
        }
        if (section.Get("outages") is { } outages)
        {
            options = options with { Outages = ReadOutages(context, section, outages) };
        }
        if (section.Get("online_dispatch") is { } online)
        {
            options = options with { OnlineDispatch = ReadOnline(context, online), ExternalDispatch = ExternalProgramReader.ReadPolicies(context, online) };
        }
        section.RejectUnknownKeys();
        return options;
    }

    private static BandwidthTraceOptions? ReadTraces(ScenarioReadContext context, YamlSection parent, YamlNode node)
    {
        var section = YamlSection.Open(context, parent.Child("bandwidth_traces"), node, context.Mark(node));
        if (section is null)
        {
            return null;
        }
        var files = new List<string>();
        switch (section.Get("files"))
        {
            case YamlSequenceNode list when list.Children.Count > 0:
                files.AddRange(list.Children.Select(f => context.ExistingFile(f, "bandwidth trace")).OfType<string>());
                break;
            case YamlScalarNode single:
                if (context.ExistingFile(single, "bandwidth trace") is { } file)
                {
                    files.Add(file);
                }
                break;
            case { } other:
                context.Problem(other, "expected a non-empty list of trace files for 'simulation.bandwidth_traces.files'");
                break;
            default:
                context.Problem(section.Mark, "expected 'files' (a list of trace files) in 'simulation.bandwidth_traces'");
                break;
        }
        var endMode = section.Get("mode") is { } mode ? context.Named(mode, "a trace end mode", SimulationNames.ParseTraceEndMode) ?? TraceEndMode.Repeat : TraceEndMode.Repeat;
        var scale = section.Get("scale") is { } s ? context.Number(s, "a scale > 0", v => v > 0) ?? 1 : 1;
        var normalise = section.Get("normalise_to_mean") is { } n ? context.Bool(n, "normalise_to_mean") ?? true : true;
        section.RejectUnknownKeys();
        return new BandwidthTraceOptions(files, endMode, scale, normalise);
    }

    private static OutageOptions? ReadOutages(ScenarioReadContext context, YamlSection parent, YamlNode node)
    {
        var section = YamlSection.Open(context, parent.Child("outages"), node, context.Mark(node));
        if (section is null)
        {
            return null;
        }
        var file = section.Get("file") is { } f ? context.ExistingFile(f, "outage trace") : null;
        var up = section.Get("mean_up_seconds") is { } u ? context.Number(u, "a mean up time > 0 (seconds)", v => v > 0) : null;
        var down = section.Get("mean_down_seconds") is { } d ? context.Number(d, "a mean down time > 0 (seconds)", v => v > 0) : null;
        var redispatch = section.Get("redispatch") is { } r ? context.Named(r, "a re-dispatch mode", SimulationNames.ParseRedispatchMode) ?? RedispatchMode.Resume : RedispatchMode.Resume;
        section.RejectUnknownKeys();
        if (file is null && (up is null || down is null))
        {
            context.Problem(section.Mark, "expected either 'file' or both 'mean_up_seconds' and 'mean_down_seconds' in 'simulation.outages'");
            return null;
        }
        return new OutageOptions(file, up ?? 0, down ?? 0, redispatch);
    }

    private static string[] ReadOnline(ScenarioReadContext context, YamlNode node)
    {
        var items = node is YamlSequenceNode list ? list.Children : (IList<YamlNode>)[node];
        return items.Where(item => !ExternalProgramReader.IsPolicy(item)).Select(item => context.Named(item, "an online dispatch policy", SimulationNames.ParseOnlinePolicy))
            .OfType<OnlinePolicy>().Select(SimulationNames.NameOf).ToArray();
    }
}
