namespace EdgeLearnSim.Engine;

/// <summary>
/// A model object that reacts to its own timers (<see cref="SimulationEnvironment.SetTimer"/>) without an event
/// object per timer: stations that plan one completion at a time and tell a stale timer from the current one by its tag.
/// </summary>
public interface ITimerTarget
{
    /// <summary>The timer set with <paramref name="tag"/> is due; <see cref="SimulationEnvironment.Now"/> is its time.</summary>
    void OnTimer(long tag);
}
