using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Bandwidth;

namespace EdgeLearnSim.Core.Tests.Simulation;

public class SimulationNamesTests
{
    [Fact]
    public void Names_RoundTripCaseInsensitively()
    {
        Assert.Equal(RedispatchMode.Restart, SimulationNames.ParseRedispatchMode("Restart", "x"));
        Assert.Equal(TraceEndMode.HoldLast, SimulationNames.ParseTraceEndMode("hold-last", "x"));
        Assert.Equal(TraceScaling.NormaliseToMean, SimulationNames.ParseTraceScaling("normalise-to-mean", "x"));
        foreach (var mode in Enum.GetValues<TraceEndMode>())
        {
            Assert.Equal(mode, SimulationNames.ParseTraceEndMode(SimulationNames.NameOf(mode), "x"));
        }
        foreach (var mode in Enum.GetValues<RedispatchMode>())
        {
            Assert.Equal(mode, SimulationNames.ParseRedispatchMode(SimulationNames.NameOf(mode), "x"));
        }
    }

    [Fact]
    public void UnknownName_ListsTheValidOnesAtTheLocation()
    {
        var error = Assert.Throws<InvalidInputException>(() => SimulationNames.ParseTraceEndMode("loop", "s.yaml: simulation.bandwidth_traces.mode"));
        Assert.Equal("s.yaml: simulation.bandwidth_traces.mode", error.Location);
        Assert.Contains("repeat, hold-last", error.Problem, StringComparison.Ordinal);
    }
}
