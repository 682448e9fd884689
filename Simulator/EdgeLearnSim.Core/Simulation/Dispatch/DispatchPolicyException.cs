namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// An online dispatch policy failed or broke its contract (chose an edge it was not offered). The run stops;
/// <see cref="Exception.Message"/> is one line naming the policy and the problem.
/// </summary>
public class DispatchPolicyException : Exception
{
    public DispatchPolicyException()
    {
    }

    public DispatchPolicyException(string message)
        : base(message)
    {
    }

    public DispatchPolicyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
