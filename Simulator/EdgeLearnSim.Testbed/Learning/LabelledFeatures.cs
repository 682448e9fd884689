using EdgeLearnSim.Testbed.Compression;
using EdgeLearnSim.Testbed.Data;

namespace EdgeLearnSim.Testbed.Learning;

/// <summary>Examples for the cloud's trainer: <see cref="FeatureCount"/> features per example, one after another, and one label each.</summary>
public sealed record LabelledFeatures(float[] Features, int FeatureCount, byte[] Labels)
{
    /// <summary>Raw images as features: each pixel scaled to [0, 1] (cloud learning on uncompressed data).</summary>
    public static LabelledFeatures Raw(LabelledImages images)
    {
        ArgumentNullException.ThrowIfNull(images);
        return new LabelledFeatures(Array.ConvertAll(images.Pixels, p => p / 255f), images.PixelsPerImage, images.Labels);
    }

    /// <summary>Encoded images as the cloud learns from them: their de-quantised codes or their decoded images.</summary>
    public static LabelledFeatures Decoded(EncodedImages encoded, LabelledImages images, CloudInput input = CloudInput.Codes)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        ArgumentNullException.ThrowIfNull(images);
        return input == CloudInput.Codes
            ? new LabelledFeatures(encoded.Features, encoded.FeatureCount, images.Labels)
            : new LabelledFeatures(encoded.DecodeImages(), images.PixelsPerImage, images.Labels);
    }

    internal IEnumerable<LearningRow> Rows()
    {
        for (var k = 0; k < Labels.Length; k++)
        {
            yield return new LearningRow { Label = Labels[k], Features = Features.AsSpan(k * FeatureCount, FeatureCount).ToArray() };
        }
    }
}
