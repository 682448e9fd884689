using System.Text.Json;

namespace EdgeLearnSim.External.Protocol;

/// <summary>
/// Reads one reply line of the step protocol (docs/schemas/step-reply.v2.json): an object whose <c>edge</c> is an
/// integer ≥ −1, other fields ignored. Whether that edge was offered and is up is the caller's check.
/// </summary>
internal static class StepReply
{
    /// <summary>The chosen edge.</summary>
    /// <exception cref="MalformedAnswerException">The line is not such an object.</exception>
    public static int Read(ReadOnlyMemory<byte> line)
    {
        // One reply per decision: the usual {"edge": j} is read without building a document (a third of the time).
        // Anything else goes through AnswerReader, which accepts it or names the problem.
        if (TryReadPlain(line.Span, out var plain))
        {
            return plain;
        }
        using var document = AnswerReader.ParseObject(line);
        if (AnswerReader.Field(document.RootElement, "edge") is not { } edge)
        {
            throw new MalformedAnswerException("answered without 'edge'");
        }
        if (!AnswerReader.TryInteger(edge, -1, int.MaxValue, out var chosen))
        {
            throw new MalformedAnswerException($"'edge' is {AnswerReader.Describe(edge)}; expected an edge index (an integer, or -1 to park the task)");
        }
        return chosen;
    }

    /// <summary>True for exactly <c>{"edge": j}</c> with j an integer ≥ −1 written without fraction or exponent.</summary>
    public static bool TryReadPlain(ReadOnlySpan<byte> line, out int edge)
    {
        edge = 0;
        try
        {
            var reader = new Utf8JsonReader(line);
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject
                && reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("edge"u8)
                && reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out edge) && edge >= -1
                && reader.Read() && reader.TokenType == JsonTokenType.EndObject
                && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
