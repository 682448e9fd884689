using EdgeLearnSim.Core;
using EdgeLearnSim.Testbed.Compression;
using EdgeLearnSim.Testbed.Data;
using EdgeLearnSim.Testbed.Experiment;
using EdgeLearnSim.Testbed.Learning;

namespace EdgeLearnSim.Testbed.Tests.Experiment;

public class TestbedRunnerTests
{
    private static readonly Lazy<(LabelledImages Train, LabelledImages Test)> Slice =
        new(() => FashionMnistFolder.Read(RepositoryFiles.Path("Traces/fashion-mnist-slice")));

    private static TestbedSettings Settings(params int[] codeBytes) =>
        new([400], codeBytes, 2, 7, CloudLearnerSettings.Default with { MaximumIterations = 30 });

    [Fact]
    public void Subsample_DistinctIndicesOfTheRequestedSize_SameForTheSameCell()
    {
        var runner = new TestbedRunner(new PcaCompressionMethod(), Settings(1));
        var first = runner.Subsample(3_000, new TestbedCell(400, 1));

        Assert.Equal(400, first.Distinct().Count());
        Assert.All(first, i => Assert.InRange(i, 0, 2_999));
        Assert.Equal(first, runner.Subsample(3_000, new TestbedCell(400, 1)));
        Assert.NotEqual(first, runner.Subsample(3_000, new TestbedCell(400, 2)));
    }

    [Fact]
    public void Measure_IsDeterministic_AndTheFullCodeMatchesRawLearning()
    {
        var (train, test) = Slice.Value;
        var runner = new TestbedRunner(new PcaCompressionMethod(), Settings(784, 2));
        var cell = new TestbedCell(400, 1);

        var points = runner.Measure(train, test, cell);

        Assert.Equal(points, runner.Measure(train, test, cell));
        Assert.Equal([2 / 784.0, 1.0], points.Select(p => p.Ratio));
        Assert.All(points, p => Assert.Equal((400, 1), (p.Records, p.Repeat)));
        Assert.InRange(points[0].AccuracyRaw, 0.6, 0.95);
        // A rotation of the pixels loses nothing but the 8-bit rounding; two numbers per image lose a lot.
        Assert.InRange(points[1].RelativeAccuracy, 0.95, 1.05);
        Assert.True(points[0].RelativeAccuracy < points[1].RelativeAccuracy);
    }

    [Fact]
    public void Store_RoundTripsACell_AndRefusesOtherSettings()
    {
        using var folder = new TemporaryFolder();
        var cell = new TestbedCell(400, 2);
        AccuracyPoint[] points = [new(1 / 784.0, 400, 2, 0.8, 0.3), new(1, 400, 2, 0.8, 0.79)];
        new TestbedStore(folder.Path, "a").Write(cell, points);

        Assert.Equal(points, new TestbedStore(folder.Path, "a").Read(cell));
        var error = Assert.Throws<InvalidInputException>(() => new TestbedStore(folder.Path, "b").Read(cell));
        Assert.Contains("other settings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RecordCountAboveTheTrainingSet_ThrowsBeforeWriting()
    {
        var (train, test) = Slice.Value;
        using var folder = new TemporaryFolder();
        var runner = new TestbedRunner(new PcaCompressionMethod(), Settings(1) with { RecordCounts = [400, 5_000] });
        var store = new TestbedStore(folder.Path, runner.Fingerprint);

        Assert.Throws<ArgumentException>(() => runner.Run(train, test, store, resume: false, _ => { }, CancellationToken.None));
        Assert.False(Directory.Exists(store.Folder));
    }
}
