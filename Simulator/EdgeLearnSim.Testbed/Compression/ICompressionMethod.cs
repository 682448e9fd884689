using EdgeLearnSim.Testbed.Data;

namespace EdgeLearnSim.Testbed.Compression;

/// <summary>
/// The edge's compressor, before it has seen data: fitted on the edge's own training records, it gives codes of any
/// size up to the raw one. PCA is the one shipped (<see cref="PcaCompressionMethod"/>); a nonlinear autoencoder
/// would be a second implementation.
/// </summary>
public interface ICompressionMethod
{
    /// <summary>The name written to the measured table's provenance.</summary>
    string Name { get; }

    /// <summary>Fits the compressor on <paramref name="edgeRecords"/> (images only; labels are not used).</summary>
    IFittedCompression Fit(LabelledImages edgeRecords);
}
