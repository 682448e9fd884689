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
    private readonly Vector<double> mean;
    private readonly Matrix<double> components;
    private readonly double[] low;
    private readonly double[] high;

    internal PcaCompression(Vector<double> mean, Matrix<double> components, double[] low, double[] high)
    {
        (this.mean, this.components, this.low, this.high) = (mean, components, low, high);
    }

    public int MaximumCodeBytes => this.components.ColumnCount;

    public EncodedImages Encode(LabelledImages images, int codeBytes)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentOutOfRangeException.ThrowIfLessThan(codeBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(codeBytes, MaximumCodeBytes);
        if (images.PixelsPerImage != this.components.RowCount)
        {
            throw new ArgumentException($"Images have {images.PixelsPerImage} pixels; the compressor was fitted on {this.components.RowCount}.", nameof(images));
        }
        var centred = Scaled(images);
        for (var row = 0; row < images.Count; row++)
        {
            centred.SetRow(row, centred.Row(row) - this.mean);
        }
        var projected = centred * this.components.SubMatrix(0, this.components.RowCount, 0, codeBytes);
        var codes = new byte[images.Count * codeBytes];
        var features = new float[codes.Length];
        for (var row = 0; row < images.Count; row++)
        {
            for (var j = 0; j < codeBytes; j++)
            {
                var span = this.high[j] - this.low[j];
                var level = span > 0 ? Math.Clamp(Math.Round((projected[row, j] - this.low[j]) / span * Levels), 0, Levels) : 0;
                codes[(row * codeBytes) + j] = (byte)level;
                features[(row * codeBytes) + j] = (float)(this.low[j] + (level * span / Levels));
            }
        }
        return new EncodedImages(codes, codeBytes, features, codeBytes, () => Decode(features, images.Count, codeBytes));
    }

    /// <summary>The decoder: mean + the de-quantised codes on the first k components (the best rank-k linear rebuild), clamped to [0, 1].</summary>
    private float[] Decode(float[] features, int count, int codeBytes)
    {
        var width = this.components.RowCount;
        var decoded = Matrix<double>.Build.Dense(count, codeBytes, (row, j) => features[(row * codeBytes) + j])
            .TransposeAndMultiply(this.components.SubMatrix(0, width, 0, codeBytes));
        var pixels = new float[count * width];
        for (var row = 0; row < count; row++)
        {
            for (var column = 0; column < width; column++)
            {
                pixels[(row * width) + column] = (float)Math.Clamp(decoded[row, column] + this.mean[column], 0, 1);
            }
        }
        return pixels;
    }

    /// <summary>The images as a records × pixels matrix of values in [0, 1].</summary>
    internal static Matrix<double> Scaled(LabelledImages images)
    {
        var pixels = images.Pixels;
        var width = images.PixelsPerImage;
        return Matrix<double>.Build.Dense(images.Count, width, (row, column) => pixels[(row * width) + column] / 255.0);
    }
}
