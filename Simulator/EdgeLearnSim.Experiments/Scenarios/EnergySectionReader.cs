using EdgeLearnSim.Core.Simulation;
using YamlDotNet.RepresentationModel;

namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// Reads <c>simulation.energy</c>: <c>{device: {watts, watts_per_mbps}, edge_core_watts, uplink: {watts,
/// watts_per_mbps}}</c>, every term a number ≥ 0, absent terms 0.
/// </summary>
internal static class EnergySectionReader
{
    public static EnergyModel? Read(ScenarioReadContext context, YamlSection parent, YamlNode node)
    {
        var section = YamlSection.Open(context, parent.Child("energy"), node, context.Mark(node));
        if (section is null)
        {
            return null;
        }
        var model = new EnergyModel();
        if (Linear(context, section, "device") is var (deviceWatts, devicePerMbps))
        {
            model = model with { DeviceWatts = deviceWatts, DeviceWattsPerMbps = devicePerMbps };
        }
        if (section.Get("edge_core_watts") is { } core && Watts(context, core, section.Child("edge_core_watts")) is { } coreWatts)
        {
            model = model with { EdgeCoreWatts = coreWatts };
        }
        if (Linear(context, section, "uplink") is var (uplinkWatts, uplinkPerMbps))
        {
            model = model with { UplinkWatts = uplinkWatts, UplinkWattsPerMbps = uplinkPerMbps };
        }
        section.RejectUnknownKeys();
        return model;
    }

    /// <summary>A <c>{watts, watts_per_mbps}</c> pair (each 0 when absent), or null when the key is absent or wrong.</summary>
    private static (double Watts, double PerMbps)? Linear(ScenarioReadContext context, YamlSection parent, string key)
    {
        if (parent.Get(key) is not { } node)
        {
            return null;
        }
        var section = YamlSection.Open(context, parent.Child(key), node, context.Mark(node));
        if (section is null)
        {
            return null;
        }
        var watts = section.Get("watts") is { } w ? Watts(context, w, section.Child("watts")) : 0;
        var perMbps = section.Get("watts_per_mbps") is { } p ? Watts(context, p, section.Child("watts_per_mbps")) : 0;
        section.RejectUnknownKeys();
        return watts is { } a && perMbps is { } b ? (a, b) : null;
    }

    private static double? Watts(ScenarioReadContext context, YamlNode node, string field) =>
        context.Number(node, $"a power ≥ 0 for '{field}'", v => v >= 0 && double.IsFinite(v));
}
