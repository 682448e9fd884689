namespace EdgeLearnSim.Engine;

/// <summary>
/// The queue entry behind <see cref="SimulationEnvironment.SetTimer"/>. Never handed out, so the environment reuses
/// it once it has come off the queue: a timer costs no allocation.
/// </summary>
internal sealed class TimerCall(SimulationEnvironment environment) : Event(environment)
{
    public ITimerTarget? Target { get; set; }

    public long Tag { get; set; }
}
