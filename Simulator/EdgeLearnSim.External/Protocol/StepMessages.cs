using System.Buffers;
using System.Text.Json;
using EdgeLearnSim.Core.Simulation.Dispatch;

namespace EdgeLearnSim.External.Protocol;

/// <summary>
/// The online step protocol's messages (docs/schemas/step-*.v2.json), one JSON object per line: <c>reset</c>
/// first, then one <c>decide</c> per decision, each answered by one line <c>{"edge": j}</c> (read by
/// <see cref="StepReply"/>). Reuses one buffer.
/// </summary>
internal sealed class StepMessages : IDisposable
{
    private static readonly JsonEncodedText EdgesName = JsonEncodedText.Encode("edges");
    private static readonly JsonEncodedText BandwidthName = JsonEncodedText.Encode("bandwidth_mbps");
    private static readonly JsonEncodedText CurrentName = JsonEncodedText.Encode("current_bandwidth_mbps");
    private static readonly JsonEncodedText UplinkName = JsonEncodedText.Encode("uplink_backlog_megabits");
    private static readonly JsonEncodedText CompressionName = JsonEncodedText.Encode("compression_backlog_seconds");
    private static readonly JsonEncodedText UpName = JsonEncodedText.Encode("up");
    private static readonly JsonEncodedText AccessBacklogName = JsonEncodedText.Encode("access_backlog_megabits");
    private static readonly JsonEncodedText AccessName = JsonEncodedText.Encode("access_mbps");
    private static readonly JsonEncodedText CoresName = JsonEncodedText.Encode("cores");
    private static readonly JsonEncodedText PerByteName = JsonEncodedText.Encode("compression_seconds_per_byte");

    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly Utf8JsonWriter json;

    public StepMessages() => json = new Utf8JsonWriter(buffer);

    public void Dispose() => json.Dispose();

    public ReadOnlySpan<byte> Reset(string label, int tasks, int edges, ulong seed)
    {
        Begin("reset");
        json.WriteString("policy", label);
        json.WriteNumber("tasks", tasks);
        json.WriteNumber("edges", edges);
        json.WriteNumber("seed", seed);
        return End();
    }

    /// <summary>
    /// A decision with the offered edges in columns, one array per field, index k of each for the k-th offered edge:
    /// Python's json parses six arrays of ten in 50-60% of the time it takes for ten objects of six fields.
    /// </summary>
    public ReadOnlySpan<byte> Decide(DispatchDecision decision)
    {
        WriteDecide(decision);
        return End();
    }

    /// <summary>
    /// The same <c>decide</c> for <c>edgelearnsim env</c>, with one field more (docs/env-protocol.md): the weighted
    /// makespan of the assignment so far, from which a caller's reward is computed.
    /// </summary>
    public ReadOnlySpan<byte> EnvDecide(DispatchDecision decision, double assignedMakespan)
    {
        WriteDecide(decision);
        json.WriteNumber("assigned_makespan", assignedMakespan);
        return End();
    }

    private void WriteDecide(DispatchDecision decision)
    {
        Begin("decide");
        json.WriteNumber("time", decision.Time);
        json.WriteNumber("task", decision.Task);
        json.WriteNumber("megabits", decision.Megabits);
        json.WriteNumber("compression_seconds", decision.CompressionSeconds);
        json.WriteBoolean("redispatch", decision.Redispatch);
        var edges = decision.Edges;
        json.WriteStartArray(EdgesName);
        for (var k = 0; k < edges.Count; k++)
        {
            json.WriteNumberValue(edges[k].Edge);
        }
        json.WriteEndArray();
        json.WriteStartArray(UpName);
        for (var k = 0; k < edges.Count; k++)
        {
            json.WriteBooleanValue(edges[k].Up);
        }
        json.WriteEndArray();
        WriteColumn(BandwidthName, edges, static e => e.MeanBandwidthMbps);
        WriteColumn(CurrentName, edges, static e => e.CurrentBandwidthMbps);
        WriteColumn(UplinkName, edges, static e => e.UplinkBacklogMegabits);
        WriteColumn(CompressionName, edges, static e => e.CompressionBacklogSeconds);
        if (HasPipeline(decision))
        {
            WritePipeline(decision);
        }
    }

    /// <summary>True when the device or an offered edge has a pipeline parameter (docs/pipeline.md); only then are its fields sent.</summary>
    private static bool HasPipeline(DispatchDecision decision)
    {
        if (double.IsFinite(decision.DeviceUplinkMbps))
        {
            return true;
        }
        foreach (var edge in decision.Edges)
        {
            if (double.IsFinite(edge.AccessCapacityMbps) || edge.Cores != 1 || edge.CompressionSecondsPerByte != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The pipeline fields, added within version 2: a reader that does not know them ignores them. Unlimited rates are null.</summary>
    private void WritePipeline(DispatchDecision decision)
    {
        json.WriteNumber("raw_megabits", decision.RawMegabits);
        json.WriteNumber("compression_bytes", decision.CompressionBytes);
        WriteRate("device_uplink_mbps", decision.DeviceUplinkMbps);
        var edges = decision.Edges;
        WriteColumn(AccessBacklogName, edges, static e => e.AccessBacklogMegabits);
        json.WriteStartArray(AccessName);
        for (var k = 0; k < edges.Count; k++)
        {
            WriteRateValue(edges[k].AccessCapacityMbps);
        }
        json.WriteEndArray();
        WriteColumn(CoresName, edges, static e => e.Cores);
        WriteColumn(PerByteName, edges, static e => e.CompressionSecondsPerByte);
    }

    private void WriteRate(string name, double mbps)
    {
        json.WritePropertyName(name);
        WriteRateValue(mbps);
    }

    private void WriteRateValue(double mbps)
    {
        if (double.IsFinite(mbps))
        {
            json.WriteNumberValue(mbps);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private void WriteColumn(JsonEncodedText name, IReadOnlyList<EdgeObservation> edges, Func<EdgeObservation, double> field)
    {
        json.WriteStartArray(name);
        for (var k = 0; k < edges.Count; k++)
        {
            json.WriteNumberValue(field(edges[k]));
        }
        json.WriteEndArray();
    }

    private void Begin(string type)
    {
        buffer.ResetWrittenCount();
        json.Reset();
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteNumber("protocol", ExternalProtocol.Version);
    }

    private ReadOnlySpan<byte> End()
    {
        json.WriteEndObject();
        json.Flush();
        buffer.Write("\n"u8);
        return buffer.WrittenSpan;
    }
}
