using EdgeLearnSim.Testbed.Compression;
using EdgeLearnSim.Testbed.Data;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Testbed.Tests.Compression;

public class PcaCompressionTests
{
    /// <summary>Two-pixel images spread along (1, 1) by t and across it by a smaller e: the first component is (1, 1)/√2.</summary>
    private static (LabelledImages Images, double[] Along) Elongated(int count, int seed)
    {
        var random = new Xoshiro256StarStar(seed);
        var pixels = new byte[2 * count];
        var along = new double[count];
        for (var k = 0; k < count; k++)
        {
            var t = random.Next(-100, 101);
            var e = random.Next(-8, 9);
            (pixels[2 * k], pixels[(2 * k) + 1], along[k]) = ((byte)(128 + t + e), (byte)(128 + t - e), t);
        }
        return (new LabelledImages(pixels, new byte[count], 2), along);
    }

    [Fact]
    public void OneByteCode_IsTheProjectionOnTheLongAxis()
    {
        var (images, along) = Elongated(2_000, 1);
        var encoded = new PcaCompressionMethod().Fit(images).Encode(images, 1);

        Assert.Equal(1, encoded.CodeBytes);
        Assert.Equal(images.Count, encoded.Count);
        var correlation = MathNet.Numerics.Statistics.Correlation.Pearson(encoded.Features.Select(f => (double)f), along);
        Assert.True(Math.Abs(correlation) > 0.999, $"correlation {correlation}");
        // The projection of (t + e, t − e)/255 on (1, 1)/√2 is √2·t/255: its spread is known in closed form.
        var spread = encoded.Features.Max() - encoded.Features.Min();
        Assert.Equal(Math.Sqrt(2) * (along.Max() - along.Min()) / 255, spread, 2);
    }

    [Fact]
    public void FullCode_KeepsEveryDistanceFromTheMeanUpToHalfAQuantisationStep()
    {
        var (images, _) = Elongated(1_000, 2);
        var (others, _) = Elongated(300, 3);
        var encoded = new PcaCompressionMethod().Fit(images).Encode(others, 2);

        var mean = Enumerable.Range(0, 2).Select(j => Enumerable.Range(0, images.Count).Average(k => images.Pixels[(2 * k) + j] / 255.0)).ToArray();
        // Range per component on the fitted records: at most the full diagonal of the pixel square, so one step ≤ √2/255.
        var halfSteps = Math.Sqrt(2) * (Math.Sqrt(2) / 255 / 2);
        for (var k = 0; k < others.Count; k++)
        {
            var raw = Math.Sqrt(Enumerable.Range(0, 2).Sum(j => Math.Pow((others.Pixels[(2 * k) + j] / 255.0) - mean[j], 2)));
            var coded = Math.Sqrt(Enumerable.Range(0, 2).Sum(j => Math.Pow(encoded.Features[(2 * k) + j], 2)));
            Assert.InRange(coded - raw, -halfSteps - 1e-6, halfSteps + 1e-6);
        }
    }

    [Fact]
    public void DecodedImages_FullCodeRebuildsThePixels_OneComponentKeepsTheLongAxis()
    {
        var (images, along) = Elongated(1_000, 6);
        var compressor = new PcaCompressionMethod().Fit(images);

        var full = compressor.Encode(images, 2).DecodeImages();
        var one = compressor.Encode(images, 1).DecodeImages();

        Assert.Equal(images.Pixels.Length, full.Length);
        // Two components: the pixels back up to the 8-bit rounding of the codes (under one grey level).
        Assert.All(Enumerable.Range(0, full.Length), i => Assert.InRange(full[i] - (images.Pixels[i] / 255.0), -1.5 / 255, 1.5 / 255));
        // One component: both pixels of an image rebuilt alike, at 128 + t (the across part e is lost).
        Assert.All(Enumerable.Range(0, images.Count), k =>
        {
            Assert.InRange(one[2 * k] - one[(2 * k) + 1], -0.01, 0.01);
            Assert.InRange((one[2 * k] * 255) - (128 + along[k]), -1.5, 1.5);
        });
    }

    [Fact]
    public void Codes_SpanAllLevelsOnTheFittedRecords()
    {
        var (images, _) = Elongated(500, 4);
        var encoded = new PcaCompressionMethod().Fit(images).Encode(images, 2);

        for (var j = 0; j < 2; j++)
        {
            var column = Enumerable.Range(0, images.Count).Select(k => encoded.Codes[(2 * k) + j]).ToArray();
            Assert.Equal((byte)0, column.Min());
            Assert.Equal((byte)255, column.Max());
        }
    }

    [Fact]
    public void Encode_CodeSizeOutOfRange_Throws()
    {
        var (images, _) = Elongated(50, 5);
        var compressor = new PcaCompressionMethod().Fit(images);

        Assert.Equal(2, compressor.MaximumCodeBytes);
        Assert.Throws<ArgumentOutOfRangeException>(() => compressor.Encode(images, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => compressor.Encode(images, 3));
    }
}
