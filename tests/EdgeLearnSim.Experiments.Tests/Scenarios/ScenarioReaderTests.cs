using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Topologies;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Tests.Support;

namespace EdgeLearnSim.Experiments.Tests.Scenarios;

public sealed class ScenarioReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private ScenarioLoadResult Load(string yaml, string name = "s.yaml") => ScenarioReader.Load(folder.Write(name, yaml), TestToolkit.Registry());

    private string Error(string yaml)
    {
        var result = Load(yaml);
        Assert.False(result.IsValid);
        return Assert.Single(result.Problems).Message;
    }

    [Fact]
    public void Load_FullScenario_ReadsEveryField()
    {
        folder.Write("bw.csv", "bandwidth_mbps\n100\n200\n");
        var result = Load("""
            name: full
            description: every field
            seed: 7
            replications: 3
            instance:
              tasks: 50
              edges: 4
              records: {uniform-int: [10, 20]}
              record_bytes: 1000
              accuracy_bound: {uniform: [0.85, 0.9]}
              bandwidth_mbps: {empirical: {trace: bw.csv, column: bandwidth_mbps}}
              accuracy: {a: 0.004, b: -0.01, c: 0.96}
              min_ratio: 0.002
              arrivals: {poisson: {rate_per_second: 2.5}}
              compression_seconds_per_byte: 1e-9
            topologies: [fully-connected, {one-to-one: {single_edge_probability: 0.7}}, {one-to-more: {max_edges_per_device: 3}}]
            schedulers: [random, {name: greedy, label: greedy-1, rounds: 5}]
            simulation:
              policy: fair-share
              online_dispatch: [online-least-loaded]
            limits: {scheduler_seconds: 30}
            """);
        Assert.Empty(result.Problems);
        var scenario = result.Scenario!;
        Assert.Equal("full", scenario.Name);
        Assert.Equal(7UL, scenario.Seed);
        Assert.Equal(3, scenario.Replications);
        Assert.Equal([new FullyConnectedTopology(), new OneToOneTopology(0.7), new OneToMoreTopology(3)], scenario.Topologies);
        Assert.Equal("greedy-1", scenario.Schedulers[1].Label);
        Assert.Equal(5, scenario.Schedulers[1].Parameters["rounds"]);
        var point = Assert.Single(scenario.Points);
        var instance = point.Settings.Instance;
        Assert.Equal(50, instance.Tasks);
        Assert.Equal(new UniformIntegerDistribution(10, 20), instance.Records);
        Assert.Equal(new EmpiricalDistribution(Path.Combine(folder.Path, "bw.csv"), "bandwidth_mbps"), instance.BandwidthMbps);
        Assert.Equal(new PoissonArrivals(2.5), instance.Arrivals);
        Assert.Equal(0.002, instance.MinRatio);
        Assert.Equal(new ConstantDistribution(1e-9), instance.CompressionSecondsPerByte);
        Assert.Equal(EdgeLearnSim.Core.Simulation.UplinkPolicy.FairShare, point.Settings.Simulation.Uplink);
        Assert.Equal([EdgeLearnSim.Core.Simulation.Dispatch.LeastExpectedFinishPolicy.Kind], point.Settings.OnlineDispatch);
        Assert.Equal(TimeSpan.FromSeconds(30), point.Settings.SchedulerTimeLimit);
    }

    [Fact]
    public void Load_NoName_UsesFileNameAndPaperDefaults()
    {
        var scenario = Load("schedulers: [random]\n", "my-study.yaml").GetOrThrow();
        Assert.Equal("my-study", scenario.Name);
        Assert.Equal(new InstanceSpec(), scenario.Points[0].Settings.Instance);
        Assert.Equal(3, scenario.Topologies.Count);
    }

    [Fact]
    public void Load_UnknownKey_NamesFileLineColumnAndKnownKeys()
    {
        var message = Error("schedulers: [random]\ninstance:\n  tasks: 10\n  taks: 20\n");
        Assert.StartsWith($"{Path.Combine(folder.Path, "s.yaml")}:4:3: unknown key 'taks' in 'instance'", message, StringComparison.Ordinal);
        Assert.Contains("tasks", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WrongType_NamesFileLineColumn()
    {
        var message = Error("schedulers: [random]\ninstance:\n  edges: ten\n");
        Assert.EndsWith("s.yaml:3:10: expected a number of edges, found 'ten'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownScheduler_SuggestsNearestAtItsPosition()
    {
        var message = Error("schedulers:\n  - random\n  - greedyy\n");
        Assert.Contains("s.yaml:3:5: unknown scheduler 'greedyy' (did you mean 'greedy'?)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownSchedulerParameter_IsAnError()
    {
        var message = Error("schedulers: [{name: greedy, roundz: 3}]\n");
        Assert.Contains("s.yaml:1:29: scheduler 'greedy' has no parameter 'roundz' (did you mean 'rounds'? known: rounds)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedYaml_NamesPosition()
    {
        var message = Error("schedulers: [random\ninstance: {tasks: 3\n");
        Assert.Matches(@"s\.yaml:\d+:\d+: malformed YAML", message);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsAllAtOnce()
    {
        var result = Load("""
            schedulers: [random, nope]
            replications: 0
            instance:
              tasks: -1
              bandwidth_mbps: {uniform: [1000, 100]}
              records: {gaussian: [1, 2]}
            topologies: [ring]
            simulation: {policy: lifo}
            """);
        var messages = result.Problems.Select(p => p.Message).ToArray();
        Assert.True(messages.Length == 7, string.Join("\n", messages));
        Assert.Equal(7, messages.Length);
        Assert.True(messages.Any(m => m.Contains(":1:22: unknown scheduler 'nope'", StringComparison.Ordinal)), string.Join("\n", messages));
        Assert.True(messages.Any(m => m.Contains(":2:15: expected a number of replications in 1..", StringComparison.Ordinal)), string.Join("\n", messages));
        Assert.True(messages.Any(m => m.Contains(":4:10: expected a number of tasks in 1..", StringComparison.Ordinal)), string.Join("\n", messages));
        Assert.True(messages.Any(m => m.Contains(":5:29: uniform of 'instance.bandwidth_mbps': min 1000 is greater than max 100", StringComparison.Ordinal)), string.Join("\n", messages));
        Assert.True(messages.Any(m => m.Contains(":6:13: unknown distribution 'gaussian'", StringComparison.Ordinal)), string.Join("\n", messages));
        Assert.True(messages.Any(m => m.Contains(":7:14: unknown topology 'ring'", StringComparison.Ordinal)), string.Join("\n", messages));
        Assert.True(messages.Any(m => m.Contains(":8:22: unknown uplink policy 'lifo' (did you mean 'fifo'?); valid: fifo, fair-share", StringComparison.Ordinal)), string.Join("\n", messages));
    }

    [Fact]
    public void Load_MissingTrace_IsAnErrorAtThePath()
    {
        var message = Error("schedulers: [random]\ninstance:\n  records: {empirical: {trace: none.csv, column: x}}\n");
        Assert.Contains(":3:32: trace file for 'instance.records' 'none.csv' not found", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_IsAnError()
    {
        var result = ScenarioReader.Load(Path.Combine(folder.Path, "absent.yaml"), TestToolkit.Registry());
        Assert.EndsWith("absent.yaml: scenario file not found", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_RangeAndList_ExpandToGridWithFirstAxisOutermost()
    {
        var scenario = Load("""
            schedulers: [random]
            sweep:
              instance.tasks: {from: 100, to: 300, step: 100}
              instance.bandwidth_mbps: [{uniform: [100, 1000]}, {constant: 500}]
            """).GetOrThrow();
        Assert.Equal(["instance.tasks", "instance.bandwidth_mbps"], scenario.Sweep.Select(a => a.Path));
        Assert.Equal(["100", "200", "300"], scenario.Sweep[0].Values);
        Assert.True(scenario.Sweep[0].IsNumeric);
        Assert.Equal(["{uniform: [100, 1000]}", "{constant: 500}"], scenario.Sweep[1].Values);
        Assert.Equal(6, scenario.Points.Count);
        Assert.Equal(
            [(100, "{uniform: [100, 1000]}"), (100, "{constant: 500}"), (200, "{uniform: [100, 1000]}"), (200, "{constant: 500}"), (300, "{uniform: [100, 1000]}"), (300, "{constant: 500}")],
            scenario.Points.Select(p => (p.Settings.Instance.Tasks, p.Values[1])));
        Assert.Equal(new ConstantDistribution(500), scenario.Points[1].Settings.Instance.BandwidthMbps);
        Assert.Equal(new UniformDistribution(100, 1000), scenario.Points[4].Settings.Instance.BandwidthMbps);
    }

    [Fact]
    public void Sweep_FractionalRange_HasExactCountAndRoundTripText()
    {
        var scenario = Load("schedulers: [random]\nsweep:\n  instance.min_ratio: {from: 0.1, to: 0.3, step: 0.1}\n").GetOrThrow();
        Assert.Equal(3, scenario.Points.Count);
        Assert.Equal(0.1 + (2 * 0.1), scenario.Points[2].Settings.Instance.MinRatio);
    }

    [Fact]
    public void Sweep_BadValue_IsReportedAtTheRange()
    {
        var messages = Load("schedulers: [random]\nsweep:\n  instance.tasks: {from: -100, to: 100, step: 100}\n").Problems.Select(p => p.Message).ToArray();
        Assert.Equal(2, messages.Length);
        Assert.EndsWith(":3:19: expected a number of tasks in 1..2147483647, found -100", messages[0], StringComparison.Ordinal);
        Assert.EndsWith(":3:19: expected a number of tasks in 1..2147483647, found 0", messages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_UnknownPath_IsAnError()
    {
        var message = Error("schedulers: [random]\nsweep:\n  instance.taskz: [1, 2]\n");
        Assert.Contains(":3:3: sweep path 'instance.taskz' names no scenario parameter", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_FixedPath_IsAnError()
    {
        var message = Error("schedulers: [random]\nsweep:\n  seed: [1, 2]\n");
        Assert.Contains(":3:3: 'seed' cannot be swept", message, StringComparison.Ordinal);
    }
}
