namespace EdgeLearnSim.Core.Simulation.Bandwidth;

/// <summary>A rate that never changes: the paper's constant B_j.</summary>
public sealed class ConstantRate(double rate) : IRateProfile
{
    public double Rate { get; } = rate >= 0 && double.IsFinite(rate)
        ? rate
        : throw new ArgumentOutOfRangeException(nameof(rate), rate, "A rate must be finite and ≥ 0.");

    public double MeanRate => Rate;

    public double RateAt(double time) => Rate;

    public double WorkBetween(double startTime, double endTime) => Rate * (endTime - startTime);

    public double CompletionTime(double from, double work)
    {
        if (work <= 0)
        {
            return from;
        }
        return Rate > 0 ? from + (work / Rate) : double.PositiveInfinity;
    }
}
