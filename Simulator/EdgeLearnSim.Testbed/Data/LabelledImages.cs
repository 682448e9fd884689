using EdgeLearnSim.Core;

namespace EdgeLearnSim.Testbed.Data;

/// <summary>
/// Grey images with class labels: <see cref="Pixels"/> holds <see cref="Count"/> images of
/// <see cref="PixelsPerImage"/> bytes each, one after another; <see cref="Labels"/> one class per image.
/// </summary>
public sealed class LabelledImages
{
    public LabelledImages(byte[] pixels, byte[] labels, int pixelsPerImage)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixelsPerImage);
        if (pixels.Length != (long)labels.Length * pixelsPerImage)
        {
            throw new ArgumentException($"{pixels.Length} pixels do not make {labels.Length} images of {pixelsPerImage} pixels.", nameof(pixels));
        }
        (Pixels, Labels, PixelsPerImage) = (pixels, labels, pixelsPerImage);
    }

    public byte[] Pixels { get; }

    public byte[] Labels { get; }

    public int PixelsPerImage { get; }

    public int Count => Labels.Length;

    /// <summary>The images at <paramref name="indices"/>, in that order.</summary>
    public LabelledImages Subset(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var pixels = new byte[indices.Count * PixelsPerImage];
        var labels = new byte[indices.Count];
        for (var k = 0; k < indices.Count; k++)
        {
            Pixels.AsSpan(indices[k] * PixelsPerImage, PixelsPerImage).CopyTo(pixels.AsSpan(k * PixelsPerImage));
            labels[k] = Labels[indices[k]];
        }
        return new LabelledImages(pixels, labels, PixelsPerImage);
    }

    /// <summary>An IDX images file (N × rows × columns) and its IDX labels file (N).</summary>
    /// <exception cref="InvalidInputException">Either file is unreadable, or their counts or shapes do not match.</exception>
    public static LabelledImages Read(string imagesPath, string labelsPath)
    {
        var images = IdxFile.Read(imagesPath);
        var labels = IdxFile.Read(labelsPath);
        if (images.Dimensions.Count != 3)
        {
            throw new InvalidInputException(imagesPath, $"expected images of shape N × rows × columns, found {images.Dimensions.Count} dimensions");
        }
        if (labels.Dimensions.Count != 1 || labels.Dimensions[0] != images.Dimensions[0])
        {
            throw new InvalidInputException(labelsPath, $"expected {images.Dimensions[0]} labels (one per image of {imagesPath}), found shape {string.Join('×', labels.Dimensions)}");
        }
        return new LabelledImages(images.Values, labels.Values, images.Dimensions[1] * images.Dimensions[2]);
    }
}
