using EdgeLearnSim.Testbed.Experiment;
using MathNet.Numerics.Statistics;

namespace EdgeLearnSim.Testbed.Tests.Experiment;

/// <summary>The committed testbed results meet the acceptance and agree with each other.</summary>
public class CommittedTableTests
{
    private const string PointsFile = "Traces/accuracy/fashion-mnist-pca-points.csv";

    private static IReadOnlyList<AccuracyPoint> Points() => PointsTable.Read(RepositoryFiles.Path(PointsFile));

    [Fact]
    public void Table_HasAtLeastThreeCountsSixRatiosThreeRepeats()
    {
        var byCount = Points().GroupBy(p => p.Records).ToArray();

        Assert.True(byCount.Length >= 3, $"{byCount.Length} record counts");
        Assert.All(byCount, g =>
        {
            Assert.True(g.Select(p => p.Ratio).Distinct().Count() >= 6);
            Assert.All(g.GroupBy(p => p.Ratio), r => Assert.True(r.Select(p => p.Repeat).Distinct().Count() >= 3));
        });
    }

    [Fact]
    public void EveryCount_HasAOfOneWithinFivePercent_AndAccuracyRisingWithTheRatio()
    {
        foreach (var group in Points().GroupBy(p => p.Records))
        {
            Assert.All(group.Where(p => p.Ratio == 1), p => Assert.InRange(p.RelativeAccuracy, 0.95, 1.05));
            var spearman = Correlation.Spearman(group.Select(p => p.Ratio), group.Select(p => p.RelativeAccuracy));
            Assert.True(spearman >= 0.8, $"N = {group.Key}: Spearman {spearman}");
        }
    }

    [Fact]
    public void CommittedFits_AreTheFitsOfTheCommittedPoints()
    {
        var lines = File.ReadAllLines(RepositoryFiles.Path("Reports/testbed/fits.csv"));
        var expected = TestbedTables.Fits(RecordCountFit.Of(Points())).TrimEnd('\n').Split('\n');

        Assert.Equal(expected, lines);
    }
}
