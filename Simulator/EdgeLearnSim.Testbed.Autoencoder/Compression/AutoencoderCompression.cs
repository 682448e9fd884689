using EdgeLearnSim.Testbed.Compression;
using EdgeLearnSim.Testbed.Data;
using TorchSharp;

namespace EdgeLearnSim.Testbed.Autoencoder.Compression;

/// <summary>
/// An autoencoder fitted on one edge's records: code j of an image is the j-th middle-layer value (in [0, 1] by the
/// sigmoid) quantised uniformly to 256 levels; the decoder rebuilds the image from the de-quantised codes. The
/// networks are the model, sent once; they are not counted in the per-record size. The network of each code size is
/// trained on first use and kept, so encoding the edge's records and the test set uses the same one.
/// </summary>
public sealed class AutoencoderCompression : IFittedCompression, IDisposable
{
    private const int Levels = 255;
    private readonly LabelledImages _records;
    private readonly AutoencoderSettings _settings;
    private readonly Dictionary<int, AutoencoderNetwork> _networks = [];

    internal AutoencoderCompression(LabelledImages records, AutoencoderSettings settings)
    {
        (_records, _settings) = (records, settings);
    }

    public int MaximumCodeBytes => _records.PixelsPerImage;

    public EncodedImages Encode(LabelledImages images, int codeBytes)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentOutOfRangeException.ThrowIfLessThan(codeBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(codeBytes, MaximumCodeBytes);
        if (images.PixelsPerImage != _records.PixelsPerImage)
        {
            throw new ArgumentException($"Images have {images.PixelsPerImage} pixels; the compressor was fitted on {_records.PixelsPerImage}.", nameof(images));
        }
        var network = Network(codeBytes);
        float[] values;
        using (var scaled = TorchRuntime.Scaled(images))
        {
            values = network.Encode(scaled);
        }
        var codes = new byte[values.Length];
        var features = new float[values.Length];
        for (var k = 0; k < values.Length; k++)
        {
            var level = Math.Clamp(MathF.Round(values[k] * Levels), 0, Levels);
            codes[k] = (byte)level;
            features[k] = level / Levels;
        }
        return new EncodedImages(codes, codeBytes, features, codeBytes, () => network.Decode(features));
    }

    private AutoencoderNetwork Network(int codeBytes)
    {
        if (!_networks.TryGetValue(codeBytes, out var network))
        {
            using var scaled = TorchRuntime.Scaled(_records);
            network = AutoencoderNetwork.Train(scaled, codeBytes, _settings, _settings.Seed);
            _networks[codeBytes] = network;
        }
        return network;
    }

    public void Dispose()
    {
        foreach (var network in _networks.Values)
        {
            network.Dispose();
        }
        _networks.Clear();
    }
}
