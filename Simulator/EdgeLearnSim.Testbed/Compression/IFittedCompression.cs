using EdgeLearnSim.Testbed.Data;

namespace EdgeLearnSim.Testbed.Compression;

/// <summary>A compressor fitted on one edge's records, able to encode at any code size from 1 byte to <see cref="MaximumCodeBytes"/>.</summary>
public interface IFittedCompression
{
    int MaximumCodeBytes { get; }

    /// <summary>
    /// Encodes every image to <paramref name="codeBytes"/> bytes and returns what the cloud receives and learns from:
    /// the decoded codes, <see cref="EncodedImages.FeatureCount"/> values per image.
    /// </summary>
    EncodedImages Encode(LabelledImages images, int codeBytes);
}
