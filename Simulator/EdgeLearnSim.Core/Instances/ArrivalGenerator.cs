namespace EdgeLearnSim.Core.Instances;

/// <summary>Draws release times r_i from an <see cref="ArrivalSpec"/> and a caller's seeded stream.</summary>
public static class ArrivalGenerator
{
    /// <summary>The scenario field named in arrival errors, followed by the process's name and its parameter's key.</summary>
    public const string Field = "arrivals";

    /// <summary>
    /// <paramref name="taskCount"/> release times in seconds, all finite and ≥ 0 (<see cref="ArrivalSpec.Generate"/>).
    /// All-at-zero: zeros. Poisson: the running sum of exponential gaps (the first task arrives after one gap), so
    /// times ascend. Trace: row i of the column for task i; extra rows are ignored.
    /// </summary>
    /// <exception cref="InvalidInputException">A rate that is not positive and finite, a trace with fewer rows than tasks, or a negative trace time.</exception>
    public static double[] Generate(ArrivalSpec spec, int taskCount, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Validate(spec, taskCount);
        return spec.Generate(taskCount, random);
    }

    /// <summary>Checks the spec's parameters (and reads a trace) for <paramref name="taskCount"/> tasks without drawing anything.</summary>
    /// <exception cref="InvalidInputException">As <see cref="Generate"/>.</exception>
    public static void Validate(ArrivalSpec spec, int taskCount)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegative(taskCount);
        spec.Validate(taskCount);
    }
}
