namespace EdgeLearnSim.Core.Instances;

/// <summary>
/// How release times r_i are drawn. The paper's static problem releases every task at 0. An arrival process is one
/// subclass with a static <c>Kind</c> entry (its scenario parameters and factory) registered in
/// <see cref="ArrivalKinds"/>; <see cref="ArrivalGenerator"/> and <c>validate</c> call only the members below.
/// </summary>
public abstract record ArrivalSpec
{
    /// <summary>
    /// <paramref name="taskCount"/> release times in seconds, all finite and ≥ 0, from a caller's seeded stream
    /// (called after <see cref="Validate"/>).
    /// </summary>
    public abstract double[] Generate(int taskCount, Random random);

    /// <summary>Checks the parameters (and reads a trace) for <paramref name="taskCount"/> tasks without drawing anything.</summary>
    /// <exception cref="InvalidInputException">A bad parameter located at <c>arrivals.NAME.KEY</c>, or a bad trace file.</exception>
    public abstract void Validate(int taskCount);
}
