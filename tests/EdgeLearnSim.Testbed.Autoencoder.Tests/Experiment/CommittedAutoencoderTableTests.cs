using EdgeLearnSim.Testbed.Experiment;
using MathNet.Numerics.Statistics;

namespace EdgeLearnSim.Testbed.Autoencoder.Tests.Experiment;

/// <summary>The committed autoencoder measurements show Fig. 3's rising curve (docs/testbed.md), for both cloud inputs.</summary>
public class CommittedAutoencoderTableTests
{
    private const string Codes = "Traces/accuracy/fashion-mnist-autoencoder-codes-points.csv";
    private const string Decoded = "Traces/accuracy/fashion-mnist-autoencoder-decoded-points.csv";

    public static TheoryData<string> Tables { get; } = new() { Codes, Decoded };

    /// <summary>The repeats measured per point: learning from the decoded images came last in the grid's order.</summary>
    public static TheoryData<string, int> Repeats { get; } = new() { { Codes, 3 }, { Decoded, 3 } };

    [Theory]
    [MemberData(nameof(Repeats))]
    public void Table_CoversTheRecordCountsUpTo40000_WithRepeats(string table, int repeats)
    {
        var points = PointsTable.Read(RepositoryFiles.Path(table));
        var counts = points.Select(p => p.Records).Distinct().Order().ToArray();

        Assert.Equal([5_000, 10_000, 20_000, 40_000], counts.Where(n => n <= 40_000));
        Assert.All(points.GroupBy(p => (p.Records, p.Ratio)), g => Assert.Equal(repeats, g.Select(p => p.Repeat).Distinct().Count()));
        Assert.All(points.GroupBy(p => p.Records), g => Assert.True(g.Select(p => p.Ratio).Distinct().Count() >= 6, $"N = {g.Key}: fewer than 6 ratios"));
        Assert.All(points, p => Assert.True(p.Ratio < 1, "R = 1 is the raw data, not a code"));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryCount_LargestCodeReaches95Percent_AndAccuracyRisesWithTheRatio(string table)
    {
        foreach (var group in PointsTable.Read(RepositoryFiles.Path(table)).GroupBy(p => p.Records))
        {
            var largest = group.Max(p => p.Ratio);
            Assert.All(group.Where(p => p.Ratio == largest), p => Assert.True(p.RelativeAccuracy >= 0.95, $"N = {group.Key}, repeat {p.Repeat}: A = {p.RelativeAccuracy}"));
            var spearman = Correlation.Spearman(group.Select(p => p.Ratio), group.Select(p => p.RelativeAccuracy));
            Assert.True(spearman >= 0.9, $"N = {group.Key}: Spearman {spearman}");
        }
    }
}
