namespace EdgeLearnSim.Core.Simulation.Bandwidth;

/// <summary>
/// A service rate over time that is piecewise constant (an uplink in Mbps, a compressor in seconds of work per
/// second). Progress is integrated exactly, with no time step.
/// </summary>
public interface IRateProfile
{
    /// <summary>The rate in force at <paramref name="time"/> (right-continuous).</summary>
    double RateAt(double time);

    /// <summary>∫ rate dt over [<paramref name="startTime"/>, <paramref name="endTime"/>]: work done in that interval.</summary>
    double WorkBetween(double startTime, double endTime);

    /// <summary>
    /// The earliest time T ≥ <paramref name="from"/> with WorkBetween(from, T) = <paramref name="work"/>, or
    /// <see cref="double.PositiveInfinity"/> when the rate is zero for ever before that much work is done.
    /// </summary>
    double CompletionTime(double from, double work);

    /// <summary>The mean rate (over one trace cycle), used to estimate finish times when dispatching.</summary>
    double MeanRate { get; }
}
