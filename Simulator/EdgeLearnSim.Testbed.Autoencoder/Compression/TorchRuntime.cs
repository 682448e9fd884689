using TorchSharp;

namespace EdgeLearnSim.Testbed.Autoencoder.Compression;

/// <summary>libtorch's process-wide settings: one thread, so that the same seed gives the same weights and losses.</summary>
internal static class TorchRuntime
{
    private static readonly Lazy<bool> Configured = new(() =>
    {
        torch.set_num_threads(1);
        torch.set_num_interop_threads(1);
        return true;
    });

    public static void UseOneThread() => _ = Configured.Value;

    /// <summary>Images as a records × pixels tensor of values in [0, 1].</summary>
    public static torch.Tensor Scaled(EdgeLearnSim.Testbed.Data.LabelledImages images)
    {
        ArgumentNullException.ThrowIfNull(images);
        UseOneThread();
        return torch.tensor(Array.ConvertAll(images.Pixels, p => p / 255f), [images.Count, images.PixelsPerImage]);
    }
}
