
namespace EdgeLearnSim.Experiments.Tests.Robustness;

/// <summary>
/// Every kind of bad scenario, trace or instance file (docs/conventions.md), through the real CLI in-process: exit code 2, one
/// line per problem naming the file and the line:column or field, no stack trace, and no output folder left behind.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class InputErrorTests : IDisposable
{
    private const string Good = "name: t\nseed: 1\ninstance: {tasks: 6, edges: 2}\ntopologies: [fully-connected]\nschedulers: [random]\n";

    /// <summary>A bad scenario: its text, extra files beside it, and where the error must point.</summary>
    private sealed record BadScenario(string Yaml, string ExpectedFile, string ExpectedWhere, string ExpectedText, params (string Name, string Text)[] Files);

    private static string With(string instance = "{tasks: 6, edges: 2}", string extra = "") =>
        $"name: t\nseed: 1\ninstance: {instance}\ntopologies: [fully-connected]\nschedulers: [random]\n{extra}";

    private static string Traces(string file) => With(extra: $"simulation: {{bandwidth_traces: {{files: [{file}]}}}}\n");

    private static readonly Dictionary<string, BadScenario> Cases = new()
    {
        ["malformed yaml: unclosed flow list"] = new("name: t\nschedulers: [random\n", "bad.yaml", ":3:1", "malformed YAML"),
        ["malformed yaml: bad indentation"] = new("name: t\ninstance:\n  tasks: 6\n edges: 2\nschedulers: [random]\n", "bad.yaml", ":4:", "malformed YAML"),
        ["malformed yaml: duplicate key"] = new("name: t\nname: u\nschedulers: [random]\n", "bad.yaml", ":2:1", "malformed YAML"),
        ["not a mapping"] = new("- just\n- a list\n", "bad.yaml", ":1:1", "expected a mapping"),
        ["unknown top-level key"] = new(Good + "bogus: 1\n", "bad.yaml", ":6:1", "unknown key 'bogus'"),
        ["unknown instance key"] = new(With("{tasks: 6, edgs: 2}"), "bad.yaml", ":3:22", "unknown key 'edgs'"),
        ["wrong type: tasks"] = new(With("{tasks: many, edges: 2}"), "bad.yaml", ":3:19", "expected a number of tasks"),
        ["wrong type: schedulers"] = new("name: t\nschedulers: {random: 1}\n", "bad.yaml", ":2:", "scheduler"),
        ["wrong type: instance"] = new("name: t\ninstance: 7\nschedulers: [random]\n", "bad.yaml", ":2:11", "expected a mapping"),
        ["missing schedulers"] = new("name: t\ninstance: {tasks: 6, edges: 2}\n", "bad.yaml", ":1:1", "expected 'schedulers'"),
        ["negative tasks"] = new(With("{tasks: -3, edges: 2}"), "bad.yaml", ":3:19", "number of tasks"),
        ["zero edges"] = new(With("{tasks: 6, edges: 0}"), "bad.yaml", ":3:29", "number of edges"),
        ["zero replications"] = new(Good + "replications: 0\n", "bad.yaml", ":6:15", "replications"),
        ["negative seed"] = new("name: t\nseed: -1\nschedulers: [random]\n", "bad.yaml", ":2:7", "seed"),
        ["NaN record size"] = new(With("{tasks: 6, edges: 2, record_bytes: .nan}"), "bad.yaml", ":3:", "record size"),
        ["infinite bandwidth"] = new(With("{tasks: 6, edges: 2, bandwidth_mbps: {constant: .inf}}"), "bad.yaml", ":3:", "bandwidth_mbps"),
        ["negative bandwidth"] = new(With("{tasks: 6, edges: 2, bandwidth_mbps: {uniform: [-5, 10]}}"), "bad.yaml", ":3:", "bandwidth_mbps"),
        ["zero min ratio"] = new(With("{tasks: 6, edges: 2, min_ratio: 0}"), "bad.yaml", ":3:", "ratio"),
        ["accuracy model a <= 0"] = new(With("{tasks: 6, edges: 2, accuracy: {a: -1}}"), "bad.yaml", "instance.accuracy", "a > 0"),
        ["range min > max"] = new(With("{tasks: 6, edges: 2, records: {uniform-int: [900, 100]}}"), "bad.yaml", ":3:", "min 900 is greater than max 100"),
        ["sweep from > to"] = new(Good + "sweep:\n  instance.tasks: {from: 600, to: 100, step: 100}\n", "bad.yaml", ":7:", "from <= to"),
        ["sweep step 0"] = new(Good + "sweep:\n  instance.tasks: {from: 100, to: 600, step: 0}\n", "bad.yaml", ":7:", "step > 0"),
        ["sweep of an unknown path"] = new(Good + "sweep:\n  instance.taks: [1, 2]\n", "bad.yaml", ":7:3", "names no scenario parameter"),
        ["unknown scheduler"] = new("name: t\nschedulers: [randm]\n", "bad.yaml", ":2:14", "unknown scheduler 'randm'"),
        ["unknown topology"] = new("name: t\ntopologies: [star]\nschedulers: [random]\n", "bad.yaml", ":2:14", "unknown topology 'star'"),
        ["unknown uplink policy"] = new(Good + "simulation: {policy: lifo}\n", "bad.yaml", ":6:22", "unknown uplink policy 'lifo'"),
        ["unknown distribution"] = new(With("{tasks: 6, edges: 2, records: {poisson: 3}}"), "bad.yaml", ":3:", "unknown distribution 'poisson'"),
        ["one-to-more reaching no edge"] = new("name: t\ninstance: {tasks: 6, edges: 2}\ntopologies: [{one-to-more: {max_edges_per_device: 0}}]\nschedulers: [random]\n", "bad.yaml", ":3:", "'max_edges_per_device' of one-to-more"),
        ["one-to-more beyond the edges"] = new("name: t\ninstance: {tasks: 6, edges: 2}\ntopologies: [{one-to-more: {max_edges_per_device: 5}}]\nschedulers: [random]\n", "bad.yaml", "topologies.one-to-more.max_edges_per_device", "1..2"),
        ["accuracy bound no ratio meets"] = new(With("{tasks: 6, edges: 2, accuracy_bound: {constant: 0.99}}"), "bad.yaml", "instance.accuracy_bound", "no ratio is feasible"),
        ["accuracy bound range above A(1)"] = new(With("{tasks: 6, edges: 2, accuracy_bound: {uniform: [0.8, 0.999]}}"), "bad.yaml", "instance.accuracy_bound", "no ratio is feasible"),
        ["trace missing"] = new(Traces("nowhere.txt"), "bad.yaml", ":6:", "'nowhere.txt' not found"),
        ["trace empty"] = new(Traces("empty.txt"), "empty.txt", "", "no samples", ("empty.txt", "")),
        ["trace only comments"] = new(Traces("comments.txt"), "comments.txt", "", "no samples", ("comments.txt", "# time bandwidth\n")),
        ["trace time not increasing"] = new(Traces("flat.txt"), "flat.txt", ":3:1", "increase strictly", ("flat.txt", "0 5\n1 6\n1 7\n")),
        ["trace negative bandwidth"] = new(Traces("negative.txt"), "negative.txt", ":2:3", "negative", ("negative.txt", "0 5\n1 -2\n")),
        ["trace non-numeric bandwidth"] = new(Traces("words.txt"), "words.txt", ":2:3", "not a finite number", ("words.txt", "0 5\n1 fast\n")),
        ["trace one column"] = new(Traces("short.txt"), "short.txt", ":1:1", "", ("short.txt", "0\n")),
        ["outage trace bad edge field"] = new(With(extra: "simulation: {outages: {file: out.csv}}\n"), "out.csv", ":", "", ("out.csv", "edge,start,end\nx,1,2\n")),
        ["arrival trace too short"] = new(With("{tasks: 6, edges: 2, arrivals: {trace: {path: arr.csv, column: t}}}"), "arr.csv", "", "release times", ("arr.csv", "t\n0\n1\n")),
        ["empirical column missing"] = new(With("{tasks: 6, edges: 2, records: {empirical: {trace: rec.csv, column: n}}}"), "rec.csv", "", "", ("rec.csv", "m\n5\n")),
        ["label of another built-in scheduler"] = new("name: t\nschedulers: [{name: annealing, label: greedy}]\n", "bad.yaml", "schedulers", "label 'greedy' of scheduler entry 'annealing' is the name of the built-in scheduler 'greedy'"),
        ["external scheduler labelled as a built-in"] = new("name: t\nschedulers: [random, {name: external, label: Greedy, command: [python3, x.py]}]\n", "bad.yaml", "schedulers", "is the name of the built-in scheduler 'greedy'"),
        ["scheduler labelled as an online policy"] = new("name: t\nschedulers: [{name: greedy, label: online-random}]\n", "bad.yaml", "schedulers", "is the name of the built-in online policy 'online-random'"),
        ["external policy labelled as a built-in policy"] = new(With(extra: "simulation: {online_dispatch: [{external: online-least-loaded, command: [python3, x.py]}]}\n"), "bad.yaml", "simulation.online_dispatch", "is the name of the built-in online policy 'online-least-loaded'"),
        ["external policy labelled as a scheduler's label"] = new(With(extra: "simulation: {online_dispatch: [{external: random, command: [python3, x.py]}]}\n"), "bad.yaml", "simulation.online_dispatch", "is the name of the built-in scheduler 'random'"),
        ["external policy sharing a scheduler's label"] = new("name: t\nschedulers: [{name: greedy, label: mine}]\nsimulation: {online_dispatch: [{external: mine, command: [python3, x.py]}]}\n", "bad.yaml", "simulation.online_dispatch", "label 'mine' of an external policy is also a scheduler's label"),
        ["size beyond memory"] = new(With("{tasks: 2000000000, edges: 1000000}"), "bad.yaml", "instance", "would need about"),
        ["LP scheduler beyond memory"] = new("name: t\ninstance: {tasks: 1000000, edges: 10000}\ntopologies: [fully-connected]\nschedulers: [lst]\n", "bad.yaml", "instance", "would need about"),
        ["sweep beyond memory"] = new(Good + "replications: 100000000\nsweep:\n  instance.tasks: {from: 1, to: 100000, step: 1}\n", "bad.yaml", "sweep", "would need about"),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void BadScenario_ValidateAndRun_ExitTwoWithOneLocatedLineAndNoOutput(string name)
    {
        var bad = Cases[name];
        foreach (var (file, text) in bad.Files)
        {
            folder.Write(file, text);
        }
        var scenario = folder.Write("bad.yaml", bad.Yaml);
        var output = Path.Combine(folder.Path, "out");

        foreach (var args in new[] { new[] { "validate", scenario }, ["run", scenario, "--out", output, "--parallel", "1"] })
        {
            var result = CliHarness.Run(args);
            Assert.Equal(2, result.Exit);
            var lines = CliHarness.AssertErrorShape(result);
            Assert.Contains(lines, line =>
                Path.GetFileName(line.Groups["file"].Value) == bad.ExpectedFile
                && line.Value.Contains(bad.ExpectedWhere, StringComparison.Ordinal)
                && line.Value.Contains(bad.ExpectedText, StringComparison.Ordinal));
            Assert.False(Directory.Exists(output), $"'{args[0]}' left an output folder");
        }
    }

    [Fact]
    public void BadInputOnlyADrawReveals_ExitsTwoWithTheShapeAndTheCell()
    {
        var scenario = folder.Write("drawn.yaml", With("{tasks: 40, edges: 2, accuracy_bound: {normal: [0.96, 0.02]}}"));
        var result = CliHarness.Run("run", scenario, "--out", Path.Combine(folder.Path, "out"));
        Assert.Equal(2, result.Exit);
        var line = CliHarness.AssertErrorShape(result)[0];
        Assert.Equal("drawn.yaml", Path.GetFileName(line.Groups["file"].Value));
        Assert.Equal("instance.accuracy_bound", line.Groups["field"].Value);
        Assert.Contains("(cell 0: t/fully-connected/r0, seed ", line.Value, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "out", "t", "runs.csv")));
    }

    [Fact]
    public void MissingAndEmptyScenarioFiles_ExitTwo()
    {
        var missing = CliHarness.Run("validate", Path.Combine(folder.Path, "nope.yaml"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("nope.yaml: scenario file not found", CliHarness.AssertErrorShape(missing)[0].Value, StringComparison.Ordinal);
        var empty = CliHarness.Run("validate", folder.Write("empty.yaml", ""));
        Assert.Equal(2, empty.Exit);
        Assert.Contains("empty.yaml:", CliHarness.AssertErrorShape(empty)[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputFolderThatCannotBeWritten_ExitsTwoNamingIt()
    {
        var scenario = folder.Write("good.yaml", Good);
        var blocker = folder.Write("a-file", "not a folder");
        var result = CliHarness.Run("run", scenario, "--out", Path.Combine(blocker, "reports"));
        Assert.Equal(2, result.Exit);
        var line = Assert.Single(CliHarness.AssertErrorShape(result));
        Assert.Equal("--out", line.Groups["field"].Value);
        Assert.Contains("a-file", line.Groups["file"].Value, StringComparison.Ordinal);
        Assert.True(File.Exists(blocker));
    }

    [Theory]
    [InlineData("--parallel", "0")]
    [InlineData("--shard", "2/2")]
    [InlineData("--shard", "x")]
    public void BadOption_ExitsTwoNamingTheOption(string option, string value)
    {
        var output = Path.Combine(folder.Path, "out");
        var result = CliHarness.Run("run", folder.Write("good.yaml", Good), "--out", output, option, value);
        Assert.Equal(2, result.Exit);
        Assert.Equal(option, Assert.Single(CliHarness.AssertErrorShape(result)).Groups["field"].Value);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Verbose_AddsTheStackTrace()
    {
        var scenario = folder.Write("good.yaml", Good);
        var output = Path.Combine(folder.Write("a-file", "not a folder"), "reports");
        var quiet = CliHarness.Run("run", scenario, "--out", output);
        Assert.Single(CliHarness.AssertErrorShape(quiet));
        var verbose = CliHarness.Run("run", scenario, "--out", output, "--verbose");
        Assert.Equal(2, verbose.Exit);
        Assert.StartsWith(quiet.Error.TrimEnd(), verbose.Error, StringComparison.Ordinal);
        Assert.Contains(" at EdgeLearnSim.", verbose.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("edges.csv", "id,bandwidth_mbps\n0,-5\n", "edges.csv:2:3", "positive")]
    [InlineData("edges.csv", "id,bandwidth_mbps\n", "edges.csv", "no edges")]
    [InlineData("edges.csv", "id,speed\n0,5\n", "edges.csv:1:1", "header")]
    [InlineData("tasks.csv", "id,records,record_bytes,accuracy_bound,release_time,best_ratio,weighted_size,eligible_edges\n0,100,15000,0.9,0,0.0128,1.5,\n", "tasks.csv:2:", "reaches no edge")]
    [InlineData("tasks.csv", "id,records,record_bytes,accuracy_bound,release_time,best_ratio,weighted_size,eligible_edges\n0,100,15000,0.9,0,0.0128,1.5,7\n", "tasks.csv:2:", "edge ids in 0..0")]
    [InlineData("tasks.csv", "id,records,record_bytes,accuracy_bound,release_time,best_ratio,weighted_size,eligible_edges\n0,lots,15000,0.9,0,0.0128,1.5,*\n", "tasks.csv:2:", "whole number")]
    public void BadInstanceFolder_SolveExitsTwoAtTheLine(string file, string text, string expectedWhere, string expectedText)
    {
        var instance = Path.Combine(folder.Path, "instance");
        Directory.CreateDirectory(instance);
        File.WriteAllText(Path.Combine(instance, "edges.csv"), "id,bandwidth_mbps\n0,100\n");
        File.WriteAllText(Path.Combine(instance, "tasks.csv"), "id,records,record_bytes,accuracy_bound,release_time,best_ratio,weighted_size,eligible_edges\n0,100,15000,0.9,0,0.0128,1.5,*\n");
        File.WriteAllText(Path.Combine(instance, file), text);
        var assignment = Path.Combine(folder.Path, "assignment.csv");
        var result = CliHarness.Run("solve", instance, "--scheduler", "random", "--assignment", assignment);
        Assert.Equal(2, result.Exit);
        var line = Assert.Single(CliHarness.AssertErrorShape(result));
        Assert.Contains(expectedWhere, line.Value, StringComparison.Ordinal);
        Assert.Contains(expectedText, line.Value, StringComparison.Ordinal);
        Assert.False(File.Exists(assignment));
    }
}
