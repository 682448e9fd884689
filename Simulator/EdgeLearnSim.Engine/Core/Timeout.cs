namespace EdgeLearnSim.Engine;

/// <summary>An event that succeeds by itself <c>delay</c> time units after it is created.</summary>
public sealed class Timeout : Event
{
    internal Timeout(SimulationEnvironment environment, double delay, object? value, int priority)
        : base(environment)
    {
        SimulationEnvironment.ThrowIfBadDelay(delay);
        MarkTriggered(value);
        environment.Schedule(this, environment.Now + delay, priority);
    }
}
