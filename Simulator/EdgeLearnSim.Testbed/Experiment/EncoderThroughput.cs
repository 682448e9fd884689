using System.Diagnostics;
using EdgeLearnSim.Testbed.Compression;
using EdgeLearnSim.Testbed.Data;

namespace EdgeLearnSim.Testbed.Experiment;

/// <summary>
/// How fast the fitted encoder compresses on this machine, in raw bytes per second: a measured value for the
/// simulation's compression time per byte. Timed by the wall clock, so it is a property of the machine and its
/// load, and is written apart from the deterministic accuracy table.
/// </summary>
public static class EncoderThroughput
{
    /// <summary>The fastest of <paramref name="passes"/> encodings of <paramref name="images"/> at each code size.</summary>
    public static IReadOnlyList<ThroughputSample> Measure(IFittedCompression compressor, LabelledImages images, IEnumerable<int> codeBytes, int passes)
    {
        ArgumentNullException.ThrowIfNull(compressor);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(codeBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        var samples = new List<ThroughputSample>();
        foreach (var k in codeBytes)
        {
            var fastest = double.PositiveInfinity;
            for (var pass = 0; pass < passes; pass++)
            {
                var watch = Stopwatch.StartNew();
                compressor.Encode(images, k);
                fastest = Math.Min(fastest, watch.Elapsed.TotalSeconds);
            }
            samples.Add(new ThroughputSample(k, (double)k / images.PixelsPerImage, images.Pixels.LongLength, fastest));
        }
        return samples;
    }
}
