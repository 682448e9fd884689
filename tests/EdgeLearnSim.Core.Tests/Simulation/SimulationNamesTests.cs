using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Bandwidth;

namespace EdgeLearnSim.Core.Tests.Simulation;

public class SimulationNamesTests
{
    [Fact]
    public void Names_RoundTripCaseInsensitively()
    {
        Assert.Equal(UplinkPolicy.FairShare, SimulationNames.ParseUplinkPolicy("Fair-Share", "x"));
        Assert.Equal(OnlinePolicy.LeastLoaded, SimulationNames.ParseOnlinePolicy("online-least-loaded", "x"));
        Assert.Equal(RedispatchMode.Restart, SimulationNames.ParseRedispatchMode("restart", "x"));
        Assert.Equal(TraceEndMode.HoldLast, SimulationNames.ParseTraceEndMode("hold-last", "x"));
        Assert.Equal(TraceScaling.NormaliseToMean, SimulationNames.ParseTraceScaling("normalise-to-mean", "x"));
        foreach (var policy in Enum.GetValues<UplinkPolicy>())
        {
            Assert.Equal(policy, SimulationNames.ParseUplinkPolicy(SimulationNames.NameOf(policy), "x"));
        }
        foreach (var policy in Enum.GetValues<OnlinePolicy>())
        {
            Assert.Equal(policy, SimulationNames.ParseOnlinePolicy(SimulationNames.NameOf(policy), "x"));
        }
    }

    [Fact]
    public void UnknownName_ListsTheValidOnesAtTheLocation()
    {
        var error = Assert.Throws<InvalidInputException>(() => SimulationNames.ParseUplinkPolicy("round-robin", "s.yaml: simulation.uplink"));
        Assert.Equal("s.yaml: simulation.uplink", error.Location);
        Assert.Contains("fifo, fair-share", error.Problem, StringComparison.Ordinal);
    }
}
