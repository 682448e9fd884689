using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Core.Topologies;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Fingerprints;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Tests.Support;
using EdgeLearnSim.Solvers.Bounds;

namespace EdgeLearnSim.Experiments.Tests.Scenarios.Registration;

/// <summary>
/// A topology, a distribution, a lower bound and an online dispatch policy registered by a test alone (one class each
/// plus one registration line below) are read, validated, fingerprinted and listed in the SCHEMA.md table like the
/// built-in ones.
/// </summary>
public sealed class ExtensionRegistrationTests : IDisposable
{
    private static readonly ScenarioKinds Kinds = new()
    {
        Topologies = TopologyKinds.Create().Register(StarTopology.Kind),
        Distributions = DistributionKinds.Create().Register(TriangularDistribution.Kind),
        Bounds = LowerBoundCatalog.Create().Register(LargestTaskBound.Instance),
        OnlinePolicies = DispatchPolicies.Create().Register(FirstUpEdgePolicy.Kind),
    };

    private const string Yaml = """
        name: registered
        seed: 3
        instance:
          tasks: 8
          edges: 3
          bandwidth_mbps: {triangular: [100, 400, 1000]}
        topologies: [{star: {hub: 2}}, one-to-one]
        bounds: [flow, largest-task]
        schedulers: [random]
        simulation: {online_dispatch: [first-up-edge]}
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Validate_ReadsTheRegisteredKindsWithTheirParameters()
    {
        var scenario = Load(Yaml).GetOrThrow();

        Assert.Equal([new StarTopology(2), new OneToOneTopology()], scenario.Topologies);
        Assert.Equal(new TriangularDistribution(100, 400, 1000), Assert.Single(scenario.Points).Settings.Instance.BandwidthMbps);
        Assert.Equal(["flow", "largest-task"], scenario.Bounds);
        Assert.Equal([FirstUpEdgePolicy.Kind], Assert.Single(scenario.Points).Settings.OnlineDispatch);
    }

    [Theory]
    [InlineData("{star: {hub: 2}}", "{star: {hub: -1}}", ":7:27: expected a whole number in [0, 2147483647] for 'hub' of star in 'topologies', found -1")]
    [InlineData("{star: {hub: 2}}", "{star: {hub: 3}}", ": topologies.star.hub: must be below 3 (the number of edges), not 3")]
    [InlineData("{star: {hub: 2}}", "starr", ":7:14: unknown topology 'starr' (did you mean 'star'?)")]
    [InlineData("[100, 400, 1000]", "[100, 4000, 1000]", ":6:32: triangular of 'instance.bandwidth_mbps': expected min <= mode <= max, found [100, 4000, 1000]")]
    [InlineData("[100, 400, 1000]", "[100, 400]", ":6:32: expected [min, mode, max] for triangular of 'instance.bandwidth_mbps'")]
    [InlineData("{triangular:", "{triangle:", ":6:20: unknown distribution 'triangle' (did you mean 'triangular'?)")]
    [InlineData("largest-task]", "largest-tusk]", ":8:16: unknown bound 'largest-tusk' (did you mean 'largest-task'?)")]
    [InlineData("[first-up-edge]", "[first-up-edges]", ":10:32: unknown online dispatch policy 'first-up-edges' (did you mean 'first-up-edge'?); valid: online-random, online-least-loaded, first-up-edge (in 'simulation.online_dispatch')")]
    public void Validate_ChecksTheRegisteredKindsAndSuggestsTheirNames(string valid, string invalid, string problem)
    {
        var result = Load(Yaml.Replace(valid, invalid, StringComparison.Ordinal));

        Assert.Contains(result.Problems, p => p.Message.Contains(problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{star: {hub: 2}}", "{star: {hub: 1}}", "instance")]
    [InlineData("[100, 400, 1000]", "[100, 500, 1000]", "instance")]
    [InlineData("bounds: [flow, largest-task]", "bounds: [flow]", "bounds")]
    [InlineData("[first-up-edge]", "[online-random]", "online_dispatch")]
    public void Fingerprint_ChangesWithTheRegisteredKindsParameters(string before, string after, string part)
    {
        var original = Fingerprint(Yaml);
        var changed = Fingerprint(Yaml.Replace(before, after, StringComparison.Ordinal));

        Assert.Equal([part], changed.Changes(original));
    }

    [Fact]
    public void KindTable_ListsTheRegisteredKinds()
    {
        var table = KindTable.Markdown(TestToolkit.Registry(), Kinds);

        Assert.Contains("| topology | `star` | `hub`: the edge every device reaches (default 0); a whole number in [0, 2147483647], optional | every device reaches the hub edge only |", table, StringComparison.Ordinal);
        Assert.Contains("| distribution | `triangular` | `min`: the smallest value; a number<br>`mode`: the peak; a number<br>`max`: the largest value; a number |", table, StringComparison.Ordinal);
        Assert.Contains("| bound | `largest-task` | none | max_i min_j V_ij |", table, StringComparison.Ordinal);
        Assert.Contains("| online dispatch policy | `first-up-edge` | none | the first eligible edge that is up |", table, StringComparison.Ordinal);
    }

    private ScenarioLoadResult Load(string yaml) => ScenarioReader.Load(folder.Write("s.yaml", yaml), TestToolkit.Registry(), Kinds);

    // The first cell's fingerprint: the star topology's, with the scenario's distribution and bounds.
    private CellFingerprint Fingerprint(string yaml)
    {
        var scenario = Load(yaml).GetOrThrow();
        return new CellFingerprints(scenario, TestToolkit.Registry(), ToolInfo.Unknown).For(CellPlan.Enumerate(scenario)[0]);
    }
}
