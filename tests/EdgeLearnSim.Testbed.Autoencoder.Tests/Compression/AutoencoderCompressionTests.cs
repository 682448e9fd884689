using EdgeLearnSim.Testbed.Autoencoder.Compression;
using EdgeLearnSim.Testbed.Data;

namespace EdgeLearnSim.Testbed.Autoencoder.Tests.Compression;

public class AutoencoderCompressionTests
{
    private static readonly Lazy<(LabelledImages Train, LabelledImages Test)> Slice =
        new(() => FashionMnistFolder.Read(RepositoryFiles.Path("Traces/fashion-mnist-slice")));

    private static readonly AutoencoderSettings Small = AutoencoderSettings.Default with { Updates = 60 };

    private static LabelledImages Records(int count) => Slice.Value.Train.Subset([.. Enumerable.Range(0, count)]);

    [Fact]
    public void Encode_SameSeed_SameBytes_AndTheShapesOfWhatTheCloudReceives()
    {
        var records = Records(400);
        using var first = (AutoencoderCompression)new AutoencoderCompressionMethod(Small).Fit(records);
        using var second = (AutoencoderCompression)new AutoencoderCompressionMethod(Small).Fit(records);

        var a = first.Encode(records, 4);
        var b = second.Encode(records, 4);

        Assert.Equal(a.Codes, b.Codes);
        Assert.Equal(a.DecodeImages(), b.DecodeImages());
        Assert.Equal((400 * 4, 4, 4), (a.Codes.Length, a.CodeBytes, a.FeatureCount));
        Assert.Equal(400 * 784, a.DecodeImages().Length);
        Assert.All(a.DecodeImages(), v => Assert.InRange(v, 0f, 1f));
        // Each code position is quantised over its range on the fitted records: levels 0 and 255 both occur, and the
        // de-quantised feature rises with the level.
        for (var j = 0; j < 4; j++)
        {
            var column = Enumerable.Range(0, 400).Select(r => (Level: a.Codes[(r * 4) + j], Value: a.Features[(r * 4) + j])).OrderBy(c => c.Level).ToArray();
            Assert.Equal((byte)0, column[0].Level);
            Assert.Equal((byte)255, column[^1].Level);
            Assert.All(column.Zip(column.Skip(1)), p => Assert.True(p.First.Level == p.Second.Level ? p.First.Value == p.Second.Value : p.First.Value < p.Second.Value));
        }
    }

    [Fact]
    public void Encode_AnotherSeed_OtherCodes()
    {
        var records = Records(300);
        using var first = (AutoencoderCompression)new AutoencoderCompressionMethod(Small).Fit(records);
        using var other = (AutoencoderCompression)new AutoencoderCompressionMethod(Small with { Seed = 99 }).Fit(records);

        Assert.NotEqual(first.Encode(records, 2).Codes, other.Encode(records, 2).Codes);
    }

    [Fact]
    public void LargerCodes_RebuildTheTestImagesBetter()
    {
        var records = Records(600);
        var test = Slice.Value.Test.Subset([.. Enumerable.Range(0, 300)]);
        using var fitted = (AutoencoderCompression)new AutoencoderCompressionMethod(Small with { Updates = 150 }).Fit(records);
        var pixels = Array.ConvertAll(test.Pixels, p => p / 255f);

        double Error(int k) => fitted.Encode(test, k).DecodeImages().Zip(pixels, (x, y) => (x - y) * (x - y)).Average();
        var (one, thirtyTwo) = (Error(1), Error(32));

        Assert.True(thirtyTwo < 0.8 * one, $"mean squared error {thirtyTwo} at k = 32 against {one} at k = 1");
    }

    [Fact]
    public void Settings_EpochsGiveAtLeastTheUpdates()
    {
        var settings = AutoencoderSettings.Default with { Updates = 800, BatchSize = 128 };

        Assert.Equal(20, settings.Epochs(5_000));  // 40 batches per epoch
        Assert.Equal(3, settings.Epochs(40_000));  // 313 batches per epoch: 939 updates
        Assert.Equal(800, settings.Epochs(100));   // one batch per epoch
    }

    [Fact]
    public void Fit_FewerThanTwoRecords_Throws() =>
        Assert.Throws<ArgumentException>(() => new AutoencoderCompressionMethod(Small).Fit(Records(1)));
}
