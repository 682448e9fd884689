using EdgeLearnSim.Core.Extensions;
using EdgeLearnSim.Core.Programs;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Bandwidth;
using EdgeLearnSim.Core.Simulation.Outages;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Reads the <c>simulation:</c> section straight into the simulator's own <see cref="SimulationSettings"/> (traces
/// loaded and checked here, once per file), and its <c>online_dispatch</c> list: registered policies by name and
/// external programs (<c>{external: label, command: [...]}</c>).
/// </summary>
internal static class SimulationSectionReader
{
    public static (SimulationSettings Settings, IReadOnlyList<OnlinePolicy> Online, IReadOnlyList<ExternalProgram> External) Read(
        ScenarioReadContext context, YamlSection section)
    {
        var options = new SimulationSettings();
        IReadOnlyList<OnlinePolicy> onlinePolicies = [];
        IReadOnlyList<ExternalProgram> externalPolicies = [];
        if (section.Get("policy") is { } policy && Registered(context, context.Kinds.Uplinks, policy, "an uplink policy", "simulation.policy") is { } uplink)
        {
            options = options with { Uplink = uplink };
        }
        // The pipeline's parameters moved to the instance (per device and per edge); say where, in one line each.
        if (section.Get("compression_seconds_per_byte") is { } compression)
        {
            context.Problem(compression, "'simulation.compression_seconds_per_byte' is replaced by 'instance.compression_seconds_per_byte' (κ_j per edge, a distribution)");
        }
        if (section.Get("access_bandwidth_mbps") is { } access)
        {
            context.Problem(access, "'simulation.access_bandwidth_mbps' is replaced by 'instance.device_uplink_mbps' (a_i per device; 'instance.edge_access_mbps' sets each edge's shared capacity C_j)");
        }
        if (section.Get("energy") is { } energy && EnergySectionReader.Read(context, section, energy) is { } model)
        {
            options = options with { Energy = model };
        }
        if (section.Get("horizon_seconds") is { } horizon
            && context.Number(horizon, "a horizon > 0 (seconds)", v => v > 0) is { } horizonSeconds)
        {
            options = options with { Horizon = horizonSeconds };
        }
        if (section.Get("bandwidth_traces") is { } traces)
        {
            options = options with { Bandwidth = ReadTraces(context, section, traces) };
        }
        if (section.Get("outages") is { } outages && ReadOutages(context, section, outages) is { } outage)
        {
            options = options with { Outages = outage.Model, Redispatch = outage.Redispatch };
        }
        if (section.Get("online_dispatch") is { } online)
        {
            onlinePolicies = ReadOnline(context, online);
            externalPolicies = ExternalProgramReader.ReadPolicies(context, online);
        }
        section.RejectUnknownKeys();
        return (options, onlinePolicies, externalPolicies);
    }

    private static BandwidthVariation? ReadTraces(ScenarioReadContext context, YamlSection parent, YamlNode node)
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
        var loaded = files.Select(f => context.Loaded(f, BandwidthTrace.Load)).ToArray();
        if (files.Count == 0 || loaded.Any(t => t is null))
        {
            return null;
        }
        return new BandwidthVariation
        {
            Traces = [.. loaded.OfType<BandwidthTrace>()],
            EndMode = endMode,
            Scaling = normalise ? TraceScaling.NormaliseToMean : TraceScaling.Scale,
            ScaleFactor = scale,
        };
    }

    private static (OutageModel Model, RedispatchMode Redispatch)? ReadOutages(ScenarioReadContext context, YamlSection parent, YamlNode node)
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
        if (file is not null)
        {
            return context.Loaded(file, OutageSchedule.Load) is { } schedule ? (new ScheduledOutages(schedule), redispatch) : null;
        }
        return (new RandomOutages(up!.Value, down!.Value), redispatch);
    }

    private static OnlinePolicy[] ReadOnline(ScenarioReadContext context, YamlNode node)
    {
        var items = node is YamlSequenceNode list ? list.Children : (IList<YamlNode>)[node];
        return [.. items.Where(item => !ExternalProgramReader.IsPolicy(item))
            .Select(item => Registered(context, context.Kinds.OnlinePolicies, item, "an online dispatch policy", "simulation.online_dispatch")).OfType<OnlinePolicy>()];
    }

    /// <summary>The entry of <paramref name="registry"/> named at <paramref name="node"/>, or null after reporting an unknown name with its did-you-mean.</summary>
    private static TEntry? Registered<TEntry>(ScenarioReadContext context, Registry<TEntry> registry, YamlNode node, string what, string field)
        where TEntry : class, IRegistryEntry
    {
        if (context.Scalar(node, what) is not { } name)
        {
            return null;
        }
        try
        {
            return registry.Find(name.Trim());
        }
        catch (UnknownNameException e)
        {
            context.Problem(node, $"{e.Message} (in '{field}')");
            return null;
        }
    }
}
