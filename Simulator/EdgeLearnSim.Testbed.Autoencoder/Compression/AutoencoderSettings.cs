using System.Globalization;

namespace EdgeLearnSim.Testbed.Autoencoder.Compression;

/// <summary>
/// The edge's autoencoder: pixels → <paramref name="HiddenWidth"/> → k (the code, squashed to [0, 1] and quantised
/// to one byte per value) → <paramref name="HiddenWidth"/> → pixels, three fully connected hidden layers as in the
/// paper's testbed. Trained by Adam (<paramref name="LearningRate"/>) on squared reconstruction error in minibatches
/// of <paramref name="BatchSize"/> for whole passes over the edge's records until at least <paramref name="Updates"/>
/// minibatch updates are done (so every record count gets the same optimisation effort: 20 epochs of 5,000 records,
/// 3 of 40,000), on one thread, from weights and batch orders seeded by <paramref name="Seed"/>. The defaults are
/// chosen by the measured loss curve (Reports/testbed/autoencoder-loss-curve.csv, docs/testbed.md).
/// </summary>
public sealed record AutoencoderSettings(int HiddenWidth, int Updates, int BatchSize, double LearningRate, ulong Seed)
{
    public static AutoencoderSettings Default { get; } = new(256, 800, 128, 1e-2, 20190101);

    /// <summary>The passes over <paramref name="records"/> records that give at least <see cref="Updates"/> minibatch updates.</summary>
    public int Epochs(int records)
    {
        var batches = (records + BatchSize - 1) / BatchSize;
        return (Updates + batches - 1) / batches;
    }

    /// <summary>The method's name in the measured tables: everything that decides the trained network.</summary>
    public string Name => string.Create(
        CultureInfo.InvariantCulture, $"autoencoder-8bit(hidden={HiddenWidth} updates={Updates} batch={BatchSize} lr={LearningRate:R} seed={Seed})");
}
