using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Tests.Support;

namespace EdgeLearnSim.Experiments.Tests.Scenarios;

public sealed class PipelineKeyTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("compression_seconds_per_byte: 1e-9", "s.yaml:3:33: 'simulation.compression_seconds_per_byte' is replaced by 'instance.compression_seconds_per_byte'")]
    [InlineData("access_bandwidth_mbps: 50", "s.yaml:3:26: 'simulation.access_bandwidth_mbps' is replaced by 'instance.device_uplink_mbps'")]
    public void OldSimulationKey_OneLineNamingTheNewKey(string key, string expectedStart)
    {
        var result = Load($"schedulers: [random]\nsimulation:\n  {key}\n");
        var message = Assert.Single(result.Problems).Message;
        Assert.DoesNotContain('\n', message);
        Assert.StartsWith(expectedStart, Path.GetFileName(message), StringComparison.Ordinal);
    }

    [Fact]
    public void PipelineKeys_ReadIntoTheInstanceAndTheEnergyModel()
    {
        var scenario = Load("""
            schedulers: [random]
            instance:
              device_uplink_mbps: {uniform: [5, 20]}
              edge_access_mbps: 100
              edge_cores: {uniform-int: [1, 4]}
              compression_seconds_per_byte: 6.9e-8
            simulation:
              energy: {device: {watts: 1.29, watts_per_mbps: 0.44}, edge_core_watts: 15, uplink: {watts: 5}}
            """).GetOrThrow();
        var settings = Assert.Single(scenario.Points).Settings;
        Assert.Equal(new UniformDistribution(5, 20), settings.Instance.DeviceUplinkMbps);
        Assert.Equal(new ConstantDistribution(100), settings.Instance.EdgeAccessMbps);
        Assert.Equal(new UniformIntegerDistribution(1, 4), settings.Instance.EdgeCores);
        Assert.Equal(new ConstantDistribution(6.9e-8), settings.Instance.CompressionSecondsPerByte);
        Assert.Equal(new EnergyModel { DeviceWatts = 1.29, DeviceWattsPerMbps = 0.44, EdgeCoreWatts = 15, UplinkWatts = 5 }, settings.Simulation.Energy);
        Assert.True(scenario.HasPipelineParameters);
    }

    [Fact]
    public void NegativePower_IsAnErrorAtItsPosition()
    {
        var message = Assert.Single(Load("schedulers: [random]\nsimulation:\n  energy: {edge_core_watts: -1}\n").Problems).Message;
        Assert.Contains("s.yaml:3:29", message, StringComparison.Ordinal);
        Assert.Contains("simulation.energy.edge_core_watts", message, StringComparison.Ordinal);
    }

    private ScenarioLoadResult Load(string yaml) => ScenarioReader.Load(folder.Write("s.yaml", yaml), TestToolkit.Registry());
}
