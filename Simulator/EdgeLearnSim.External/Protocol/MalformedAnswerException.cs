using EdgeLearnSim.Core.Programs;

namespace EdgeLearnSim.External.Protocol;

/// <summary>
/// An answer that breaks the protocol, found by <see cref="AnswerReader"/> or the checks after it. The message is a
/// clause naming the field and what was found; the caller turns it into an <see cref="ExternalProgramException"/>
/// that also names the program and quotes its stderr (<see cref="Supervision.ProgramProcess.Failure"/>).
/// </summary>
internal sealed class MalformedAnswerException : Exception
{
    public MalformedAnswerException()
    {
    }

    public MalformedAnswerException(string message)
        : base(message)
    {
    }

    public MalformedAnswerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
