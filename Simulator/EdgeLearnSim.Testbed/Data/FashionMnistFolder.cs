using EdgeLearnSim.Core;

namespace EdgeLearnSim.Testbed.Data;

/// <summary>
/// A folder holding the four Fashion-MNIST (or MNIST) files under their standard names, each gzip-compressed
/// (<c>.gz</c>) or not: <c>train-images-idx3-ubyte</c>, <c>train-labels-idx1-ubyte</c>, <c>t10k-images-idx3-ubyte</c>,
/// <c>t10k-labels-idx1-ubyte</c>. Debian's <c>dataset-fashion-mnist</c> installs them in <see cref="DebianFolder"/>.
/// </summary>
public static class FashionMnistFolder
{
    public const string DebianFolder = "/usr/share/datasets/fashion-mnist";

    /// <summary>The training and test sets.</summary>
    /// <exception cref="InvalidInputException">A file is missing (the message names both names looked for) or malformed.</exception>
    public static (LabelledImages Train, LabelledImages Test) Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var train = LabelledImages.Read(Find(folder, "train-images-idx3-ubyte"), Find(folder, "train-labels-idx1-ubyte"));
        var test = LabelledImages.Read(Find(folder, "t10k-images-idx3-ubyte"), Find(folder, "t10k-labels-idx1-ubyte"));
        if (train.PixelsPerImage != test.PixelsPerImage)
        {
            throw new InvalidInputException(folder, $"training images have {train.PixelsPerImage} pixels but test images {test.PixelsPerImage}");
        }
        return (train, test);
    }

    private static string Find(string folder, string name)
    {
        var plain = Path.Combine(folder, name);
        if (File.Exists(plain))
        {
            return plain;
        }
        var compressed = plain + ".gz";
        return File.Exists(compressed)
            ? compressed
            : throw new InvalidInputException(folder, $"neither {name} nor {name}.gz found (install dataset-fashion-mnist or pass --data)");
    }
}
