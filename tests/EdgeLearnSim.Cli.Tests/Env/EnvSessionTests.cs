using System.Globalization;
using System.IO.Pipes;
using System.Text;
using System.Text.Json;
using EdgeLearnSim.Cli.Commands;
using EdgeLearnSim.Cli.Composition;
using EdgeLearnSim.Cli.Env;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Metrics;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.External.Env;

namespace EdgeLearnSim.Cli.Tests.Env;

/// <summary>
/// <c>edgelearnsim env</c> in process, its caller on the test thread over pipes: a least-loaded caller meets, under
/// random outages and Poisson arrivals, the world of the cell (<see cref="CellPlan.SimulationSeed"/>) and gets
/// <c>online-least-loaded</c>'s makespans bit for bit; protocol breaches end the session with exit code 2.
/// </summary>
public sealed class EnvSessionTests : IDisposable
{
    private const string Yaml = """
        name: env-session
        seed: 37
        replications: 2
        instance:
          tasks: 60
          edges: 5
          arrivals: {poisson: {rate_per_second: 30}}
        topologies: [one-to-more, fully-connected]
        schedulers: [greedy]
        simulation:
          outages: {mean_up_seconds: 1.5, mean_down_seconds: 0.5}
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Session_LeastLoadedCaller_GetsOnlineLeastLoadedsMakespansInEveryCell()
    {
        var toolkit = DefaultToolkit.Create();
        var cells = CellPlan.Enumerate(ScenarioReader.Load(folder.Write("s.yaml", Yaml), toolkit.Schedulers, toolkit.Kinds).GetOrThrow());
        using var caller = new PipedCaller(toolkit, cells);
        var hello = caller.Receive();
        Assert.Equal(4, hello.GetProperty("cells").GetArrayLength());
        var redispatched = 0;
        foreach (var cell in cells)
        {
            caller.Send($$"""{"type":"reset","cell":"{{cell.Id}}"}""");
            var episode = caller.Receive();
            Assert.Equal(CellPlan.SimulationSeed(cell), episode.GetProperty("seed").GetUInt64());
            JsonElement message;
            while ((message = caller.Receive()).GetProperty("type").GetString() == "decide")
            {
                caller.Send($$"""{"edge":{{LeastLoaded(message)}}}""");
            }
            Assert.Equal("end", message.GetProperty("type").GetString());
            var instance = toolkit.GenerateInstance(cell.InstanceSpec, cell.Seed);
            var expected = toolkit.Simulator.Simulate(instance, LeastExpectedFinishPolicy.Kind.Create(), cell.Point.Settings.Simulation, CellPlan.SimulationSeed(cell));
            var bound = toolkit.LowerBound(instance, cell.Scenario.Bounds);
            Assert.Equal(ScheduleMetrics.Compute(instance, [.. expected.Tasks.Select(t => t.Edge)]).WeightedMakespan, message.GetProperty("makespan").GetDouble());
            Assert.Equal(expected.SimulatedMakespan, message.GetProperty("simulated_makespan").GetDouble());
            Assert.Equal(expected.Redispatched, message.GetProperty("redispatched").GetInt32());
            Assert.Equal(bound.Value, message.GetProperty("lower_bound").GetDouble());
            Assert.Equal(bound.Value, episode.GetProperty("lower_bound").GetDouble());
            redispatched += expected.Redispatched;
        }
        Assert.True(redispatched > 0, "the random outages must displace tasks");
        caller.Send("""{"type":"close"}""");
        Assert.Equal(0, caller.ExitCode());
    }

    [Theory]
    [InlineData("""{"edge":99}""", "chose edge 99")]
    [InlineData("""{"type":"jump"}""", "unknown request type 'jump'")]
    [InlineData("not json", "expected one JSON object per line")]
    public void Session_BrokenAnswer_EndsWithExitCode2AndAnErrorMessage(string answer, string problem)
    {
        var toolkit = DefaultToolkit.Create();
        var cells = CellPlan.Enumerate(ScenarioReader.Load(folder.Write("s.yaml", Yaml), toolkit.Schedulers, toolkit.Kinds).GetOrThrow());
        using var caller = new PipedCaller(toolkit, cells);
        caller.Receive();
        caller.Send("""{"type":"reset","cell":0}""");
        caller.Receive();
        Assert.Equal("decide", caller.Receive().GetProperty("type").GetString());
        caller.Send(answer);
        var error = caller.Receive();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Contains(problem, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, caller.ExitCode());
    }

    [Fact]
    public void Select_TakesIdsIndicesAndRangesInCellOrder()
    {
        var toolkit = DefaultToolkit.Create();
        var cells = CellPlan.Enumerate(ScenarioReader.Load(folder.Write("s.yaml", Yaml), toolkit.Schedulers, toolkit.Kinds).GetOrThrow());
        Assert.Equal(cells, EnvCommand.Select(cells, [], null));
        Assert.Equal([0, 2, 3], EnvCommand.Select(cells, ["env-session/fully-connected/r1", "0"], "2").Select(c => c.Index));
        Assert.Equal([1, 2], EnvCommand.Select(cells, [], "1-2").Select(c => c.Index));
        Assert.Contains("--cells", Assert.Throws<InvalidInputException>(() => EnvCommand.Select(cells, [], "2-9")).Message, StringComparison.Ordinal);
        Assert.Contains("--cell", Assert.Throws<InvalidInputException>(() => EnvCommand.Select(cells, ["r9"], null)).Message, StringComparison.Ordinal);
    }

    /// <summary>online-least-loaded's choice on a decide message, operation for operation.</summary>
    private static int LeastLoaded(JsonElement message)
    {
        var edges = message.GetProperty("edges").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var up = message.GetProperty("up").EnumerateArray().Select(e => e.GetBoolean()).ToArray();
        double[] Column(string name) => [.. message.GetProperty(name).EnumerateArray().Select(e => e.GetDouble())];
        var (bandwidth, uplink, compression) = (Column("bandwidth_mbps"), Column("uplink_backlog_megabits"), Column("compression_backlog_seconds"));
        var decision = new DispatchDecision(
            message.GetProperty("time").GetDouble(), message.GetProperty("task").GetInt32(), message.GetProperty("megabits").GetDouble(),
            message.GetProperty("compression_seconds").GetDouble(), message.GetProperty("redispatch").GetBoolean(),
            [.. edges.Select((j, k) => new EdgeObservation(j, bandwidth[k], bandwidth[k], uplink[k], compression[k], up[k]))]);
        return new LeastExpectedFinishPolicy().Choose(decision);
    }

    /// <summary>An <see cref="EnvSession"/> on a worker thread, spoken to over two in-process pipes.</summary>
    private sealed class PipedCaller : IDisposable
    {
        private readonly AnonymousPipeServerStream toSession = new(PipeDirection.Out);
        private readonly AnonymousPipeServerStream fromSession = new(PipeDirection.In);
        private readonly StreamReader reader;
        private readonly Task<int> session;

        public PipedCaller(Experiments.Running.ExperimentToolkit toolkit, IReadOnlyList<Cell> cells)
        {
            var channel = EnvChannel.Over(
                new AnonymousPipeClientStream(PipeDirection.In, toSession.ClientSafePipeHandle),
                new AnonymousPipeClientStream(PipeDirection.Out, fromSession.ClientSafePipeHandle));
            reader = new StreamReader(fromSession, Encoding.UTF8);
            session = Task.Run(() =>
            {
                using (channel)
                {
                    return new EnvSession(toolkit, cells, channel).Run(TextWriter.Null);
                }
            });
        }

        public void Send(string line)
        {
            var bytes = Encoding.UTF8.GetBytes(line + "\n");
            toSession.Write(bytes);
            toSession.Flush();
        }

        public JsonElement Receive()
        {
            var line = reader.ReadLine() ?? throw new InvalidOperationException("the session ended its output");
            return JsonDocument.Parse(line).RootElement.Clone();
        }

        public int ExitCode() => session.Wait(TimeSpan.FromSeconds(30)) ? session.Result : throw new TimeoutException("the session did not end");

        public void Dispose()
        {
            toSession.Dispose();
            session.Wait(TimeSpan.FromSeconds(30));
            reader.Dispose();
            fromSession.Dispose();
        }
    }
}
