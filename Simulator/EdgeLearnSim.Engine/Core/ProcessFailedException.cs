using System.Globalization;

namespace EdgeLearnSim.Engine;

/// <summary>
/// Thrown from <see cref="SimulationEnvironment.Run()"/> when a process body throws; the message names the process and
/// the simulated time, and <see cref="Exception.InnerException"/> is the original exception.
/// </summary>
public sealed class ProcessFailedException : Exception
{
    public ProcessFailedException()
    {
        ProcessName = string.Empty;
    }

    public ProcessFailedException(string message)
        : base(message)
    {
        ProcessName = string.Empty;
    }

    public ProcessFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        ProcessName = string.Empty;
    }

    public ProcessFailedException(string processName, double time, Exception innerException)
        : base(string.Create(CultureInfo.InvariantCulture, $"Process '{processName}' failed at t={time:R}: {innerException?.Message}"), innerException)
    {
        ProcessName = processName;
        Time = time;
    }

    /// <summary>The name of the process whose body threw.</summary>
    public string ProcessName { get; }

    /// <summary>The simulated time at which it threw.</summary>
    public double Time { get; }
}
