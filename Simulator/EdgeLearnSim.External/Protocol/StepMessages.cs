using System.Buffers;
using System.Text.Json;
using EdgeLearnSim.Core.Simulation.Dispatch;

namespace EdgeLearnSim.External.Protocol;

/// <summary>
/// The online step protocol's messages (docs/schemas/step-*.v2.json), one JSON object per line: <c>reset</c>
/// first, then one <c>decide</c> per decision, each answered by one line <c>{"edge": j}</c>. Reuses one buffer.
/// </summary>
internal sealed class StepMessages : IDisposable
{
    private static readonly JsonEncodedText EdgesName = JsonEncodedText.Encode("edges");
    private static readonly JsonEncodedText BandwidthName = JsonEncodedText.Encode("bandwidth_mbps");
    private static readonly JsonEncodedText CurrentName = JsonEncodedText.Encode("current_bandwidth_mbps");
    private static readonly JsonEncodedText UplinkName = JsonEncodedText.Encode("uplink_backlog_megabits");
    private static readonly JsonEncodedText CompressionName = JsonEncodedText.Encode("compression_backlog_seconds");
    private static readonly JsonEncodedText UpName = JsonEncodedText.Encode("up");

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
    }

    /// <summary>The edge of a reply line <c>{"edge": j}</c>, or null when the line is not that.</summary>
    public static int? ReadChoice(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }
            int? edge = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isEdge = reader.ValueTextEquals("edge"u8);
                if (!reader.Read())
                {
                    return null;
                }
                if (isEdge)
                {
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var j))
                    {
                        return null;
                    }
                    edge = j;
                }
                else
                {
                    reader.Skip();
                }
            }
            return reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? edge : null;
        }
        catch (JsonException)
        {
            return null;
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
