using System.Text.Json;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.External.Protocol;

namespace EdgeLearnSim.External.Tests;

/// <summary>The pipeline fields of protocol 2 (docs/pipeline.md): present exactly when a pipeline parameter is set, unlimited rates as null.</summary>
public class PipelineFieldTests
{
    private static readonly string[] DecideFields = ["raw_megabits", "compression_bytes", "device_uplink_mbps", "access_backlog_megabits", "access_mbps", "cores", "compression_seconds_per_byte"];

    [Fact]
    public void ScheduleRequest_CarriesThePipelineParameters_OnlyWhenSet()
    {
        var tasks = new[] { new LearningTask(0, 10, 1000, 0.9, 0, 0.5, 0.1, null) { DeviceUplinkMbps = 20 }, new LearningTask(1, 20, 1000, 0.9, 0, 0.5, 0.2, null) };
        var pipeline = new EdgeLearningInstance(tasks, [new EdgeServer(0, 100) { Cores = 3, CompressionSecondsPerByte = 1e-8 }, new EdgeServer(1, 200) { AccessMbps = 50 }]);
        var plain = new EdgeLearningInstance([tasks[1] with { Id = 0 }], [new EdgeServer(0, 100)]);

        using var request = JsonDocument.Parse(ScheduleRequest.Write(pipeline, "x", 1, TimeSpan.FromSeconds(1)));
        var root = request.RootElement;
        Assert.Equal([10_000.0, 20_000.0], root.GetProperty("raw_bytes").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal("[20,null]", root.GetProperty("device_uplink_mbps").GetRawText());
        Assert.Equal("[null,50]", root.GetProperty("access_mbps").GetRawText());
        Assert.Equal("[3,1]", root.GetProperty("cores").GetRawText());
        Assert.Equal("[1E-08,0]", root.GetProperty("compression_seconds_per_byte").GetRawText());
        using var plainRequest = JsonDocument.Parse(ScheduleRequest.Write(plain, "x", 1, TimeSpan.FromSeconds(1)));
        Assert.False(plainRequest.RootElement.TryGetProperty("raw_bytes", out _));
    }

    [Fact]
    public void DecideMessage_AddsThePipelineColumns_OnlyWhenSet()
    {
        using var messages = new StepMessages();
        var plainEdge = new EdgeObservation(0, 100, 100, 1, 0, true);
        var plain = new DispatchDecision(0, 0, 8, 0, false, [plainEdge]);
        Assert.All(DecideFields, f => Assert.DoesNotContain($"\"{f}\"", Text(messages.Decide(plain)), StringComparison.Ordinal));

        var pipeline = plain with
        {
            Edges = [plainEdge, new EdgeObservation(1, 50, 50, 0, 2, true) { AccessBacklogMegabits = 3, AccessCapacityMbps = 40, Cores = 2, CompressionSecondsPerByte = 1e-9 }],
            RawMegabits = 16,
            CompressionBytes = 2e6,
        };
        using var decide = JsonDocument.Parse(messages.Decide(pipeline).ToArray());
        var root = decide.RootElement;
        Assert.Equal(16, root.GetProperty("raw_megabits").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("device_uplink_mbps").ValueKind);
        Assert.Equal("[null,40]", root.GetProperty("access_mbps").GetRawText());
        Assert.Equal("[1,2]", root.GetProperty("cores").GetRawText());
        Assert.Equal("[0,3]", root.GetProperty("access_backlog_megabits").GetRawText());
    }

    private static string Text(ReadOnlySpan<byte> message) => System.Text.Encoding.UTF8.GetString(message);
}
