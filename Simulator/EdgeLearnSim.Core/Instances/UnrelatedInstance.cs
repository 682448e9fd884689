namespace EdgeLearnSim.Core.Instances;

/// <summary>
/// Unrelated parallel machines with a dense n×m matrix of processing times (row = task, column = edge), as in the
/// scheduling literature's benchmark files. Every task may use every edge; there is no related-machines view.
/// </summary>
public sealed class UnrelatedInstance : ISchedulingInstance
{
    private readonly double[] times;
    private readonly int[] allEdges;

    /// <param name="taskCount">n ≥ 0.</param>
    /// <param name="edgeCount">m ≥ 1.</param>
    /// <param name="times">Row-major n·m processing times, each finite and ≥ 0; kept, not copied.</param>
    /// <exception cref="ArgumentException">Sizes that do not match or a time that is negative or not finite.</exception>
    public UnrelatedInstance(int taskCount, int edgeCount, double[] times)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentOutOfRangeException.ThrowIfNegative(taskCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(edgeCount, 1);
        if (times.Length != (long)taskCount * edgeCount)
        {
            throw new ArgumentException($"Expected {taskCount}×{edgeCount} processing times, got {times.Length}.", nameof(times));
        }
        for (var k = 0; k < times.Length; k++)
        {
            if (!(double.IsFinite(times[k]) && times[k] >= 0))
            {
                throw new ArgumentException($"Processing time of task {k / edgeCount} on edge {k % edgeCount} is {times[k]}; it must be finite and ≥ 0.", nameof(times));
            }
        }
        TaskCount = taskCount;
        EdgeCount = edgeCount;
        this.times = times;
        allEdges = [.. Enumerable.Range(0, edgeCount)];
    }

    public int TaskCount { get; }

    public int EdgeCount { get; }

    public bool IsFullyConnected => true;

    public RelatedMachines? Related => null;

    public double ProcessingTime(int task, int edge)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)edge, (uint)EdgeCount, nameof(edge));
        return times[(task * EdgeCount) + edge];
    }

    public ReadOnlySpan<int> EligibleEdges(int task)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)task, (uint)TaskCount, nameof(task));
        return allEdges;
    }
}
