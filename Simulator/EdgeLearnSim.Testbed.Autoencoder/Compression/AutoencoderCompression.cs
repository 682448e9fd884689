using EdgeLearnSim.Testbed.Compression;
using EdgeLearnSim.Testbed.Data;
using TorchSharp;

namespace EdgeLearnSim.Testbed.Autoencoder.Compression;

/// <summary>
/// An autoencoder fitted on one edge's records: code j of an image is the j-th middle-layer value (a linear unit)
/// quantised uniformly to 256 levels over the range it takes on the edge's own records (values outside are clamped),
/// as PCA's components are; the decoder rebuilds the image from the de-quantised codes. The networks and ranges are
/// the model, sent once; they are not counted in the per-record size. The network of each code size is trained on
/// first use and kept, so encoding the edge's records and the test set uses the same one.
/// </summary>
public sealed class AutoencoderCompression : IFittedCompression, IDisposable
{
    private const int Levels = 255;
    private readonly LabelledImages records;
    private readonly AutoencoderSettings settings;
    private readonly Dictionary<int, (AutoencoderNetwork Network, float[] Low, float[] High)> networks = [];

    internal AutoencoderCompression(LabelledImages records, AutoencoderSettings settings)
    {
        (this.records, this.settings) = (records, settings);
    }

    public int MaximumCodeBytes => this.records.PixelsPerImage;

    public EncodedImages Encode(LabelledImages images, int codeBytes)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentOutOfRangeException.ThrowIfLessThan(codeBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(codeBytes, MaximumCodeBytes);
        if (images.PixelsPerImage != this.records.PixelsPerImage)
        {
            throw new ArgumentException($"Images have {images.PixelsPerImage} pixels; the compressor was fitted on {this.records.PixelsPerImage}.", nameof(images));
        }
        var (network, low, high) = Network(codeBytes);
        float[] values;
        using (var scaled = TorchRuntime.Scaled(images))
        {
            values = network.Encode(scaled);
        }
        var codes = new byte[values.Length];
        var features = new float[values.Length];
        for (var k = 0; k < values.Length; k++)
        {
            var j = k % codeBytes;
            var span = high[j] - low[j];
            var level = span > 0 ? Math.Clamp(MathF.Round((values[k] - low[j]) / span * Levels), 0, Levels) : 0;
            codes[k] = (byte)level;
            features[k] = low[j] + (level * span / Levels);
        }
        return new EncodedImages(codes, codeBytes, features, codeBytes, () => network.Decode(features));
    }

    private (AutoencoderNetwork Network, float[] Low, float[] High) Network(int codeBytes)
    {
        if (!networks.TryGetValue(codeBytes, out var trained))
        {
            using var scaled = TorchRuntime.Scaled(this.records);
            var network = AutoencoderNetwork.Train(scaled, codeBytes, this.settings, this.settings.Seed);
            var values = network.Encode(scaled);
            var (low, high) = (new float[codeBytes], new float[codeBytes]);
            for (var j = 0; j < codeBytes; j++)
            {
                (low[j], high[j]) = (float.PositiveInfinity, float.NegativeInfinity);
                for (var k = j; k < values.Length; k += codeBytes)
                {
                    (low[j], high[j]) = (Math.Min(low[j], values[k]), Math.Max(high[j], values[k]));
                }
            }
            trained = (network, low, high);
            networks[codeBytes] = trained;
        }
        return trained;
    }

    public void Dispose()
    {
        foreach (var (network, _, _) in networks.Values)
        {
            network.Dispose();
        }
        networks.Clear();
    }
}
