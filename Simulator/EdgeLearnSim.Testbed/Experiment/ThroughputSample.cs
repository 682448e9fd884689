namespace EdgeLearnSim.Testbed.Experiment;

/// <summary>Encoding <paramref name="RawBytes"/> of images to <paramref name="CodeBytes"/>-byte codes took <paramref name="Seconds"/> (the fastest of the passes).</summary>
public sealed record ThroughputSample(int CodeBytes, double Ratio, long RawBytes, double Seconds)
{
    public double RawBytesPerSecond => RawBytes / Seconds;
}
