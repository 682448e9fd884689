namespace EdgeLearnSim.External.Env;

/// <summary>The caller of <c>edgelearnsim env</c> broke the protocol; <see cref="Exception.Message"/> is one line saying how.</summary>
public class EnvProtocolException : Exception
{
    public EnvProtocolException()
    {
    }

    public EnvProtocolException(string message)
        : base(message)
    {
    }

    public EnvProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
