namespace EdgeLearnSim.External.Protocol;

/// <summary>
/// Reads one reply line of the step protocol (docs/schemas/step-reply.v2.json) through <see cref="AnswerReader"/>:
/// an object whose <c>edge</c> is an integer ≥ −1. Unknown fields are ignored. Whether that edge was offered and
/// is up is the caller's check.
/// </summary>
internal static class StepReply
{
    /// <summary>The chosen edge.</summary>
    /// <exception cref="MalformedAnswerException">The line is not such an object.</exception>
    public static int Read(ReadOnlyMemory<byte> line)
    {
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
}
