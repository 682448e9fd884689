namespace EdgeLearnSim.Core.Simulation.Results;

/// <summary>Joules one run drew under its <see cref="EnergyModel"/>, summed over devices, edges' cores and uplinks.</summary>
public sealed record EnergyUse(double DeviceJoules, double EdgeJoules, double UplinkJoules)
{
    public static EnergyUse None { get; } = new(0, 0, 0);

    /// <summary>Device + edge + uplink.</summary>
    public double TotalJoules => DeviceJoules + EdgeJoules + UplinkJoules;
}
