using System.Buffers;
using System.Text.Json;
using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.External.Protocol;

/// <summary>
/// The offline request (docs/schemas/schedule-request.v2.json): the whole instance as one JSON document. Doubles
/// are written in their shortest round-trip form, so a program reading them gets the very same values.
/// </summary>
internal static class ScheduleRequest
{
    public static byte[] Write(ISchedulingInstance instance, string label, ulong seed, TimeSpan limit)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("protocol", ExternalProtocol.Version);
            json.WriteString("type", "schedule");
            json.WriteString("label", label);
            json.WriteNumber("seed", seed);
            json.WriteNumber("time_limit_seconds", limit.TotalSeconds);
            json.WriteNumber("tasks", instance.TaskCount);
            json.WriteNumber("edges", instance.EdgeCount);
            json.WriteBoolean("fully_connected", instance.IsFullyConnected);
            if (instance.Related is { } related)
            {
                Numbers(json, "sizes", related.Sizes);
                Numbers(json, "bandwidths_mbps", related.Speeds);
            }
            if (instance is EdgeLearningInstance edgeLearning)
            {
                var compressed = new double[edgeLearning.TaskCount];
                var records = edgeLearning.Records;
                var recordBytes = edgeLearning.RecordBytes;
                var ratios = edgeLearning.BestRatios;
                for (var i = 0; i < compressed.Length; i++)
                {
                    compressed[i] = records[i] * recordBytes[i] * ratios[i];
                }
                Numbers(json, "compressed_bytes", compressed);
                if (edgeLearning.HasPipelineParameters)
                {
                    WritePipeline(json, edgeLearning);
                }
            }
            if (!instance.IsFullyConnected)
            {
                json.WriteStartArray("eligible");
                for (var i = 0; i < instance.TaskCount; i++)
                {
                    json.WriteStartArray();
                    foreach (var j in instance.EligibleEdges(i))
                    {
                        json.WriteNumberValue(j);
                    }
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            if (instance.Related is null)
            {
                json.WriteStartArray("times");
                for (var i = 0; i < instance.TaskCount; i++)
                {
                    json.WriteStartArray();
                    for (var j = 0; j < instance.EdgeCount; j++)
                    {
                        var time = instance.ProcessingTime(i, j);
                        if (double.IsFinite(time))
                        {
                            json.WriteNumberValue(time);
                        }
                        else
                        {
                            json.WriteNullValue();
                        }
                    }
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The pipeline parameters (docs/pipeline.md), added within version 2 only for an instance that has them: raw bytes
    /// and device rates per task, access capacity, cores and compression speed per edge; unlimited rates are null.
    /// </summary>
    private static void WritePipeline(Utf8JsonWriter json, EdgeLearningInstance instance)
    {
        var records = instance.Records;
        var recordBytes = instance.RecordBytes;
        json.WriteStartArray("raw_bytes");
        for (var i = 0; i < instance.TaskCount; i++)
        {
            json.WriteNumberValue(records[i] * recordBytes[i]);
        }
        json.WriteEndArray();
        json.WriteStartArray("device_uplink_mbps");
        for (var i = 0; i < instance.TaskCount; i++)
        {
            Rate(json, instance.DeviceUplinkOf(i));
        }
        json.WriteEndArray();
        json.WriteStartArray("access_mbps");
        foreach (var edge in instance.Edges)
        {
            Rate(json, edge.AccessMbps);
        }
        json.WriteEndArray();
        Numbers(json, "cores", [.. instance.Edges.Select(e => (double)e.Cores)]);
        Numbers(json, "compression_seconds_per_byte", [.. instance.Edges.Select(e => e.CompressionSecondsPerByte)]);
    }

    private static void Rate(Utf8JsonWriter json, double mbps)
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

    private static void Numbers(Utf8JsonWriter json, string name, ReadOnlySpan<double> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }
        json.WriteEndArray();
    }
}
