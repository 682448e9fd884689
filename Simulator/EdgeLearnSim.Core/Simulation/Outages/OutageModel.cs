namespace EdgeLearnSim.Core.Simulation.Outages;

/// <summary>
/// When edges go down and come back. Edges start up. A model is one subclass: it checks itself, describes itself for
/// provenance.yaml and starts the processes that take edges down and up in a run; the simulation calls only these.
/// </summary>
public abstract record OutageModel
{
    /// <summary>The model's settings in one line, as provenance.yaml records them (<c>file F</c>, <c>mean_up_seconds U, …</c>).</summary>
    public abstract string Describe();

    /// <summary>Throws <see cref="InvalidInputException"/> when the model cannot run on an instance of <paramref name="edgeCount"/> edges.</summary>
    public abstract void Validate(int edgeCount);

    /// <summary>Starts the run's outage processes (after <see cref="Validate"/>).</summary>
    internal abstract void Start(IOutageTarget run);
}
