using EdgeLearnSim.Testbed.Data;
using MathNet.Numerics.LinearAlgebra;

namespace EdgeLearnSim.Testbed.Compression;

/// <summary>
/// PCA fitted on one edge's records: code j of an image is its projection on component j, quantised uniformly to
/// 256 levels over the range component j takes on the edge's own records (values outside are clamped). The mean,
/// components and ranges are the model, sent once; they are not counted in the per-record size.
/// </summary>
public sealed class PcaCompression : IFittedCompression
{
    private const int Levels = 255;
    private readonly Vector<double> _mean;
    private readonly Matrix<double> _components;
    private readonly double[] _low;
    private readonly double[] _high;

    internal PcaCompression(Vector<double> mean, Matrix<double> components, double[] low, double[] high)
    {
        (_mean, _components, _low, _high) = (mean, components, low, high);
    }

    public int MaximumCodeBytes => _components.ColumnCount;

    public EncodedImages Encode(LabelledImages images, int codeBytes)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentOutOfRangeException.ThrowIfLessThan(codeBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(codeBytes, MaximumCodeBytes);
        if (images.PixelsPerImage != _components.RowCount)
        {
            throw new ArgumentException($"Images have {images.PixelsPerImage} pixels; the compressor was fitted on {_components.RowCount}.", nameof(images));
        }
        var centred = Scaled(images);
        for (var row = 0; row < images.Count; row++)
        {
            centred.SetRow(row, centred.Row(row) - _mean);
        }
        var projected = centred * _components.SubMatrix(0, _components.RowCount, 0, codeBytes);
        var codes = new byte[images.Count * codeBytes];
        var features = new float[codes.Length];
        for (var row = 0; row < images.Count; row++)
        {
            for (var j = 0; j < codeBytes; j++)
            {
                var span = _high[j] - _low[j];
                var level = span > 0 ? Math.Clamp(Math.Round((projected[row, j] - _low[j]) / span * Levels), 0, Levels) : 0;
                codes[(row * codeBytes) + j] = (byte)level;
                features[(row * codeBytes) + j] = (float)(_low[j] + (level * span / Levels));
            }
        }
        return new EncodedImages(codes, codeBytes, features, codeBytes);
    }

    /// <summary>The images as a records × pixels matrix of values in [0, 1].</summary>
    internal static Matrix<double> Scaled(LabelledImages images)
    {
        var pixels = images.Pixels;
        var width = images.PixelsPerImage;
        return Matrix<double>.Build.Dense(images.Count, width, (row, column) => pixels[(row * width) + column] / 255.0);
    }
}
