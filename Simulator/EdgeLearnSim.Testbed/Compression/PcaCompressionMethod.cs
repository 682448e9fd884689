using EdgeLearnSim.Testbed.Data;
using MathNet.Numerics.LinearAlgebra;

namespace EdgeLearnSim.Testbed.Compression;

/// <summary>
/// The linear autoencoder: principal component analysis of the edge's records (pixels scaled to [0, 1]), from the
/// eigen-decomposition of their covariance matrix (pixels × pixels, far cheaper than an SVD of the records when there
/// are many more records than pixels). PCA with k components is the optimal linear autoencoder with a k-wide code in
/// the squared-error sense; each component's value is then quantised to one byte, so a code of k bytes replaces the
/// image's pixel bytes.
/// </summary>
public sealed class PcaCompressionMethod : ICompressionMethod
{
    public string Name => "pca-8bit";

    public IFittedCompression Fit(LabelledImages edgeRecords)
    {
        ArgumentNullException.ThrowIfNull(edgeRecords);
        if (edgeRecords.Count < 2)
        {
            throw new ArgumentException($"PCA needs at least two records, not {edgeRecords.Count}.", nameof(edgeRecords));
        }
        var pixels = edgeRecords.PixelsPerImage;
        var centred = PcaCompression.Scaled(edgeRecords);
        var mean = centred.ColumnSums() / edgeRecords.Count;
        for (var column = 0; column < pixels; column++)
        {
            var shift = mean[column];
            centred.SetColumn(column, centred.Column(column) - shift);
        }
        var covariance = centred.TransposeThisAndMultiply(centred) / (edgeRecords.Count - 1);
        var decomposition = covariance.Evd(Symmetricity.Symmetric);
        // MathNet returns the eigenvalues in ascending order; the components are wanted largest variance first.
        var order = Enumerable.Range(0, pixels).OrderByDescending(k => decomposition.EigenValues[k].Real).ThenBy(k => k).ToArray();
        var components = Matrix<double>.Build.Dense(pixels, pixels, (row, column) => decomposition.EigenVectors[row, order[column]]);
        var projected = centred * components;
        var low = new double[pixels];
        var high = new double[pixels];
        for (var column = 0; column < pixels; column++)
        {
            var values = projected.Column(column);
            (low[column], high[column]) = (values.Minimum(), values.Maximum());
        }
        return new PcaCompression(mean, components, low, high);
    }
}
