using EdgeLearnSim.Core.Simulation.Dispatch;

namespace EdgeLearnSim.External.Env;

/// <summary>
/// The caller of <c>edgelearnsim env</c> broke the protocol; <see cref="Exception.Message"/> is one line saying how.
/// A <see cref="DispatchPolicyException"/> (the caller is the run's policy) so that the simulation passes it through unwrapped.
/// </summary>
public class EnvProtocolException : DispatchPolicyException
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
