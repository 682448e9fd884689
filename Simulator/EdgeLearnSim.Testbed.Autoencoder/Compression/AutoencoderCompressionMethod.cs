using EdgeLearnSim.Testbed.Compression;
using EdgeLearnSim.Testbed.Data;

namespace EdgeLearnSim.Testbed.Autoencoder.Compression;

/// <summary>
/// The paper's compressor: a nonlinear autoencoder (<see cref="AutoencoderSettings"/>) trained with libtorch on the
/// edge's own records. Each code size is its own network (the code is the middle layer), trained when first asked for.
/// </summary>
public sealed class AutoencoderCompressionMethod(AutoencoderSettings settings) : ICompressionMethod
{
    public AutoencoderSettings Settings { get; } = settings ?? throw new ArgumentNullException(nameof(settings));

    public string Name => Settings.Name;

    public IFittedCompression Fit(LabelledImages edgeRecords)
    {
        ArgumentNullException.ThrowIfNull(edgeRecords);
        if (edgeRecords.Count < 2)
        {
            throw new ArgumentException($"An autoencoder needs at least two records, not {edgeRecords.Count}.", nameof(edgeRecords));
        }
        return new AutoencoderCompression(edgeRecords, Settings);
    }
}
