using EdgeLearnSim.Experiments.Results;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Tests.Support;

namespace EdgeLearnSim.Experiments.Tests.Results;

public sealed class SampleStatisticsTests
{
    [Fact]
    public void Of_FourValues_MatchesHandComputedInterval()
    {
        // mean 2.5, sample sd sqrt(5/3), t(0.975, 3) = 3.182446305284263 (tables), half width t·sd/2.
        var s = SampleStatistics.Of([1.0, 2.0, 3.0, 4.0]);
        var half = 3.182446305284263 * Math.Sqrt(5.0 / 3.0) / 2;
        Assert.Equal(4, s.Count);
        Assert.Equal(2.5, s.Mean, 12);
        Assert.Equal(Math.Sqrt(5.0 / 3.0), s.StdDev, 12);
        Assert.Equal(2.5 - half, s.CiLow, 9);
        Assert.Equal(2.5 + half, s.CiHigh, 9);
    }

    [Fact]
    public void Of_TwentyValues_UsesNineteenDegreesOfFreedom()
    {
        var values = Enumerable.Range(1, 20).Select(v => (double)v).ToArray();
        var s = SampleStatistics.Of(values);
        // sd of 1..20 = sqrt(35), t(0.975, 19) = 2.093024054408263.
        Assert.Equal(2.093024054408263 * Math.Sqrt(35) / Math.Sqrt(20), s.HalfWidth, 9);
    }

    [Fact]
    public void Of_OneValue_HasNoSpread()
    {
        var s = SampleStatistics.Of([3.0]);
        Assert.Equal(3.0, s.Mean);
        Assert.True(double.IsNaN(s.StdDev) && double.IsNaN(s.CiLow));
    }

    [Fact]
    public void Summarize_PairsDifferencesWithTheReferenceByReplication()
    {
        RunRow Row(string scheduler, int replication, double makespan) => TestRows.Row(new Dictionary<string, RunValue>
        {
            ["scheduler"] = RunValue.OfText(scheduler),
            ["replication"] = RunValue.OfWhole(replication),
            ["weighted_makespan"] = RunValue.OfReal(makespan),
        });
        var rows = new[] { Row("random", 0, 10), Row("greedy", 0, 7), Row("random", 1, 20), Row("greedy", 1, 15), Row("random", 2, 12), Row("greedy", 2, 10) };
        var summary = Summarizer.Summarize(TestRows.Scenario(), rows);
        var greedy = summary.Single(r => r.Scheduler == "greedy" && r.Metric == "weighted_makespan");
        // Differences -3, -5, -2: mean -10/3, sd sqrt(7/3); reduction 100·(14 − 32/3)/14.
        Assert.Equal(-10.0 / 3, greedy.DifferenceVsReference!.Mean, 12);
        Assert.Equal(Math.Sqrt(7.0 / 3), greedy.DifferenceVsReference.StdDev, 12);
        Assert.Equal(100 * (14 - (32.0 / 3)) / 14, greedy.ReductionVsReferencePercent!.Value, 12);
        Assert.Equal(0, summary.Single(r => r.Scheduler == "random" && r.Metric == "weighted_makespan").DifferenceVsReference!.Mean);
        Assert.Equal(["random", "greedy"], summary.Select(r => r.Scheduler).Distinct());
        Assert.All(summary, r => Assert.Null(r.DifferenceVsFirstPoint));

        // With greedy as the reference, random is compared with it instead: differences +3, +5, +2.
        var byGreedy = Summarizer.Summarize(TestRows.Scenario(reference: "greedy"), rows);
        Assert.Equal(10.0 / 3, byGreedy.Single(r => r.Scheduler == "random" && r.Metric == "weighted_makespan").DifferenceVsReference!.Mean, 12);
    }

    [Fact]
    public void Summarize_SimulationSweep_PairsEachPointWithTheFirstByCell()
    {
        RunRow Row(string point, int replication, double makespan) => TestRows.Row(
            new Dictionary<string, RunValue>
            {
                ["scheduler"] = RunValue.OfText("greedy"),
                ["replication"] = RunValue.OfWhole(replication),
                ["simulated_makespan"] = RunValue.OfReal(makespan),
            },
            [point]);
        var rows = new[] { Row("240", 0, 10), Row("240", 1, 20), Row("5", 0, 13), Row("5", 1, 21) };
        var simulation = Summarizer.Summarize(TestRows.Scenario(new SweepAxis("simulation.outages.mean_up_seconds", ["240", "5"])), rows);
        var harsh = simulation.Single(r => r.Parameters[0] == "5" && r.Metric == "simulated_makespan");
        // Paired by replication: differences 3 and 1, mean 2, sd sqrt(2).
        Assert.Equal(2, harsh.DifferenceVsFirstPoint!.Mean, 12);
        Assert.Equal(Math.Sqrt(2), harsh.DifferenceVsFirstPoint.StdDev, 12);
        Assert.Equal(0, simulation.Single(r => r.Parameters[0] == "240" && r.Metric == "simulated_makespan").DifferenceVsFirstPoint!.Mean);

        // An instance. axis pairs its points the same way: a replication shares every quantity the sweep does not change.
        var instance = Summarizer.Summarize(TestRows.Scenario(new SweepAxis("instance.tasks", ["240", "5"])), rows);
        Assert.Equal(
            simulation.Select(r => r.DifferenceVsFirstPoint?.Mean),
            instance.Select(r => r.DifferenceVsFirstPoint?.Mean));
    }
}
