namespace EdgeLearnSim.Engine;

/// <summary>The urgent event that delivers <see cref="Process.Interrupt"/> to its process.</summary>
internal sealed class Interruption : Event, IEventObserver
{
    private readonly Process process;

    public Interruption(Process process, object? cause)
        : base(process.Environment)
    {
        this.process = process;
        Cause = cause;
        AddWaiter(this);
        MarkTriggered(cause);
        process.Environment.Schedule(this, process.Environment.Now, SimulationEnvironment.UrgentPriority);
    }

    public object? Cause { get; }

    void IEventObserver.OnProcessed(Event processed) => this.process.OnInterrupted(this);
}
