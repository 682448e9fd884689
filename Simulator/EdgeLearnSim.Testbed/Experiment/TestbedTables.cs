using EdgeLearnSim.Core.Output;

namespace EdgeLearnSim.Testbed.Experiment;

/// <summary>The testbed's small tables beside the points: the fits per record count and the encoder's throughput.</summary>
public static class TestbedTables
{
    public static string Fits(IEnumerable<RecordCountFit> fits)
    {
        ArgumentNullException.ThrowIfNull(fits);
        return CsvFormat.Build(csv =>
        {
            CsvFormat.Row(csv, ["records", "points", "a", "b", "c", "r2", "best_ratio", "accuracy_at_best_ratio"]);
            foreach (var f in fits)
            {
                var m = f.Fit.Model;
                CsvFormat.Row(csv, [
                    CsvFormat.Number(f.Records), CsvFormat.Number(f.Fit.Count), CsvFormat.Number(m.A), CsvFormat.Number(m.B), CsvFormat.Number(m.C),
                    CsvFormat.Number(f.Fit.RSquared), CsvFormat.Number(f.BestRatio), CsvFormat.Number(m.Evaluate(f.BestRatio)),
                ]);
            }
        });
    }

    public static string Throughput(IEnumerable<ThroughputSample> samples, string machine, string compressor = "PCA")
    {
        ArgumentNullException.ThrowIfNull(samples);
        return $"# Encoder throughput of the fitted {compressor} compressor on {machine}; wall-clock, fastest of the passes.\n" + CsvFormat.Build(csv =>
        {
            CsvFormat.Row(csv, ["code_bytes", "ratio", "raw_bytes", "seconds", "raw_bytes_per_second", "seconds_per_raw_byte"]);
            foreach (var s in samples)
            {
                CsvFormat.Row(csv, [
                    CsvFormat.Number(s.CodeBytes), CsvFormat.Number(s.Ratio), CsvFormat.Number(s.RawBytes), CsvFormat.Number(s.Seconds),
                    CsvFormat.Number(s.RawBytesPerSecond), CsvFormat.Number(1 / s.RawBytesPerSecond),
                ]);
            }
        });
    }
}
