using System.Globalization;

namespace EdgeLearnSim.Testbed.Experiment;

/// <summary>One subsample: <paramref name="Records"/> training records, repeat <paramref name="Repeat"/> (from 1).</summary>
public sealed record TestbedCell(int Records, int Repeat)
{
    public string Id => string.Create(CultureInfo.InvariantCulture, $"records={Records}/repeat={Repeat}");

    public string FileName => string.Create(CultureInfo.InvariantCulture, $"records-{Records}-repeat-{Repeat}.csv");
}
