namespace EdgeLearnSim.Core.Simulation;

/// <summary>
/// The linear power model of docs/pipeline.md, every term 0 unless set: a device draws
/// <see cref="DeviceWatts"/> + <see cref="DeviceWattsPerMbps"/>·rate(t) while it sends its raw data (the radio model
/// P = β + α·rate measured by Huang et al., MobiSys 2012), an edge <see cref="EdgeCoreWatts"/> per busy core, an
/// uplink <see cref="UplinkWatts"/> + <see cref="UplinkWattsPerMbps"/>·rate(t) while it holds an upload in service.
/// The rate terms integrate to watts-per-Mbps times the megabits sent.
/// </summary>
public sealed record EnergyModel
{
    public double DeviceWatts { get; init; }

    public double DeviceWattsPerMbps { get; init; }

    public double EdgeCoreWatts { get; init; }

    public double UplinkWatts { get; init; }

    public double UplinkWattsPerMbps { get; init; }

    /// <summary>Throws <see cref="InvalidInputException"/> naming the first term that is not a finite number ≥ 0.</summary>
    public void Validate()
    {
        foreach (var (field, value) in new[]
        {
            ("simulation.energy.device.watts", DeviceWatts), ("simulation.energy.device.watts_per_mbps", DeviceWattsPerMbps),
            ("simulation.energy.edge_core_watts", EdgeCoreWatts), ("simulation.energy.uplink.watts", UplinkWatts),
            ("simulation.energy.uplink.watts_per_mbps", UplinkWattsPerMbps),
        })
        {
            if (!(double.IsFinite(value) && value >= 0))
            {
                throw new InvalidInputException(field, $"{value} must be a finite number ≥ 0");
            }
        }
    }
}
