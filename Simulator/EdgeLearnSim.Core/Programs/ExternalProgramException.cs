namespace EdgeLearnSim.Core.Programs;

/// <summary>
/// An external program crashed, hung past its safety net, wrote too much, or broke the protocol. The message is
/// one line: which program (label and command), what went wrong, and the tail of its stderr.
/// </summary>
public sealed class ExternalProgramException : Exception
{
    public ExternalProgramException()
    {
    }

    public ExternalProgramException(string message)
        : base(message)
    {
    }

    public ExternalProgramException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
