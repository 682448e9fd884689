using EdgeLearnSim.Core.Simulation.Bandwidth;

namespace EdgeLearnSim.Core.Tests.Simulation;

public class ShippedTraceTests
{
    [Fact]
    public void EveryShippedBandwidthTrace_LoadsWithAPositiveMean()
    {
        var folder = RepositoryFiles.Path(Path.Combine("Traces", "bandwidth-traces"));
        var files = Directory.GetFiles(folder, "*.txt");
        Assert.True(files.Length >= 4, $"expected the shipped traces in {folder}");
        foreach (var file in files)
        {
            var trace = BandwidthTrace.Load(file);
            Assert.True(trace.Times.Length > 100, file);
            Assert.InRange(trace.MeanMbps, 0.1, 10);
            var profile = new BandwidthVariation { Traces = [trace] }.ProfileFor(0, 500);
            Assert.Equal(500, profile.MeanRate, 9);
        }
    }
}
