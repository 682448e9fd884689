using System.Globalization;
using EdgeLearnSim.Engine;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Simulation.Outages;

/// <summary>
/// Each edge alternates independently between up and down periods with exponential lengths of the given means
/// (seconds), drawn from its own seeded stream.
/// </summary>
public sealed record RandomOutages(double MeanUpSeconds, double MeanDownSeconds) : OutageModel
{
    public override string Describe() =>
        $"mean_up_seconds {MeanUpSeconds.ToString("R", CultureInfo.InvariantCulture)}, mean_down_seconds {MeanDownSeconds.ToString("R", CultureInfo.InvariantCulture)}";

    public override void Validate(int edgeCount)
    {
        if (!(MeanUpSeconds > 0 && double.IsFinite(MeanUpSeconds) && MeanDownSeconds > 0 && double.IsFinite(MeanDownSeconds)))
        {
            throw new InvalidInputException("simulation.outages", $"mean up time {MeanUpSeconds} and mean down time {MeanDownSeconds} must be finite numbers > 0");
        }
    }

    internal override void Start(IOutageTarget run)
    {
        for (var edge = 0; edge < run.EdgeCount; edge++)
        {
            var stream = run.Environment.CreateStream($"outages/edge {edge}");
            run.Environment.Process(Outages(run, edge, stream), $"edge {edge} outages");
        }
    }

    private IEnumerable<Event> Outages(IOutageTarget run, int edge, RandomSource stream)
    {
        var environment = run.Environment;
        while (true)
        {
            yield return environment.Timeout(Exponential.Sample(stream, 1.0 / MeanUpSeconds));
            run.Fail(edge);
            yield return environment.Timeout(Exponential.Sample(stream, 1.0 / MeanDownSeconds));
            run.Recover(edge);
        }
    }
}
