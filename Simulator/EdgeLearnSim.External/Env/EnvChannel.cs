using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EdgeLearnSim.Core.Simulation.Dispatch;
using EdgeLearnSim.External.Protocol;
using EdgeLearnSim.External.Supervision;
using Microsoft.Win32.SafeHandles;

namespace EdgeLearnSim.External.Env;

/// <summary>
/// The JSON-lines channel of <c>edgelearnsim env</c> (docs/env-protocol.md): messages to the caller on one stream,
/// its requests and answers from another. <c>decide</c> is the step protocol's own message (one writer for both).
/// Reads wait for the caller the way the step protocol waits for a policy (<see cref="PipeReadiness"/>).
/// </summary>
public sealed class EnvChannel : IDisposable
{
    // An answer or a request is a short object; a line near this long is neither.
    private const int LineLimit = 4096;

    private readonly Stream input;
    private readonly Stream output;
    private readonly PipeReadiness? readiness;
    private readonly StepMessages steps = new();
    private readonly ArrayBufferWriter<byte> buffer = new(1024);
    private readonly Utf8JsonWriter json;
    private readonly byte[] pending = new byte[64 * 1024];
    private int pendingStart;
    private int pendingEnd;

    private EnvChannel(Stream input, Stream output, PipeReadiness? readiness)
    {
        this.input = input;
        this.output = output;
        this.readiness = readiness;
        json = new Utf8JsonWriter(buffer);
    }

    /// <summary>A channel over this process's stdin and stdout, read without .NET's console layer.</summary>
    public static EnvChannel Standard() => new(
        new FileStream(new SafeFileHandle(0, ownsHandle: false), FileAccess.Read, bufferSize: 0),
        new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0),
        PipeReadiness.ForDescriptor(0));

    /// <summary>A channel over two streams (tests).</summary>
    public static EnvChannel Over(Stream input, Stream output) => new(input, output, readiness: null);

    /// <summary>Writes one message <c>{"type": TYPE, "protocol": 2, …fields}</c> and flushes it.</summary>
    public void Send(string type, Action<Utf8JsonWriter> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        buffer.ResetWrittenCount();
        json.Reset();
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteNumber("protocol", ExternalProtocol.Version);
        fields(json);
        json.WriteEndObject();
        json.Flush();
        buffer.Write("\n"u8);
        Write(buffer.WrittenSpan);
    }

    /// <summary>Writes the step protocol's <c>decide</c> with the assignment's weighted makespan so far.</summary>
    public void SendDecide(DispatchDecision decision, double assignedMakespan) => Write(steps.EnvDecide(decision, assignedMakespan));

    /// <summary>The caller's next line as a request; null when its output has ended.</summary>
    /// <exception cref="EnvProtocolException">The line is none of the requests.</exception>
    public EnvRequest? Read()
    {
        if (ReadLine() is not { } line)
        {
            return null;
        }
        var span = line.Span;
        // The hot path: an answer to a decision.
        if (StepReply.TryReadPlain(span, out var edge))
        {
            return new EnvRequest(EnvRequestKind.Choice, edge);
        }
        return ParseRequest(span);
    }

    public void Dispose()
    {
        json.Dispose();
        steps.Dispose();
        input.Dispose();
        output.Dispose();
    }

    private static EnvRequest ParseRequest(ReadOnlySpan<byte> line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.ToArray());
        }
        catch (JsonException)
        {
            throw new EnvProtocolException($"expected one JSON object per line ({{\"edge\": j}}, {{\"type\": \"reset\", \"cell\": ID}} or {{\"type\": \"close\"}}), read '{Shorten(line)}'");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                throw new EnvProtocolException($"expected {{\"edge\": j}} or a request with a string 'type', read '{Shorten(line)}'");
            }
            switch (type.GetString())
            {
                case "close":
                    return new EnvRequest(EnvRequestKind.Close);
                case "reset":
                    if (!root.TryGetProperty("cell", out var cell))
                    {
                        throw new EnvProtocolException("reset: field 'cell' (a cell id or index) is missing");
                    }
                    return cell.ValueKind switch
                    {
                        JsonValueKind.String => new EnvRequest(EnvRequestKind.Reset, Cell: cell.GetString()),
                        JsonValueKind.Number when cell.TryGetInt32(out var index) => new EnvRequest(EnvRequestKind.Reset, Cell: index.ToString(CultureInfo.InvariantCulture)),
                        _ => throw new EnvProtocolException($"reset: field 'cell' must be a cell id (string) or index (integer), read {cell.GetRawText()}"),
                    };
                default:
                    throw new EnvProtocolException($"unknown request type '{type.GetString()}'; expected 'reset' or 'close'");
            }
        }
    }

    private static string Shorten(ReadOnlySpan<byte> line) =>
        Encoding.UTF8.GetString(line[..Math.Min(line.Length, 80)]) + (line.Length > 80 ? "…" : "");

    private void Write(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        output.Flush();
    }

    private ReadOnlyMemory<byte>? ReadLine()
    {
        var scanned = pendingStart;
        while (true)
        {
            var newline = Array.IndexOf(pending, (byte)'\n', scanned, pendingEnd - scanned);
            if (newline >= 0)
            {
                var line = new ReadOnlyMemory<byte>(pending, pendingStart, newline - pendingStart);
                pendingStart = newline + 1;
                return line;
            }
            if (pendingEnd - pendingStart > LineLimit)
            {
                throw new EnvProtocolException(string.Create(CultureInfo.InvariantCulture, $"a line longer than {LineLimit} bytes; requests and answers are short JSON objects"));
            }
            if (pendingEnd == pending.Length)
            {
                var kept = pendingEnd - pendingStart;
                Array.Copy(pending, pendingStart, pending, 0, kept);
                pendingStart = 0;
                pendingEnd = kept;
            }
            scanned = pendingEnd;
            readiness?.WaitBriefly();
            var read = input.Read(pending.AsSpan(pendingEnd));
            if (read == 0)
            {
                if (pendingEnd == pendingStart)
                {
                    return null;
                }
                var last = new ReadOnlyMemory<byte>(pending, pendingStart, pendingEnd - pendingStart);
                pendingStart = pendingEnd;
                return last;
            }
            pendingEnd += read;
        }
    }
}
