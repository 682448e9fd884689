using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Solvers.Tests.TestInstances;

/// <summary>A small unrelated-machines instance from a full V matrix; +∞ marks an ineligible pair.</summary>
public sealed class DenseUnrelatedInstance : ISchedulingInstance
{
    private readonly double[,] times;
    private readonly int[][] eligible;

    public DenseUnrelatedInstance(double[,] times)
    {
        this.times = (double[,])times.Clone();
        eligible = new int[times.GetLength(0)][];
        for (var i = 0; i < eligible.Length; i++)
        {
            eligible[i] = [.. Enumerable.Range(0, times.GetLength(1)).Where(j => !double.IsPositiveInfinity(times[i, j]))];
            if (eligible[i].Length == 0)
            {
                throw new ArgumentException($"Task {i} can reach no edge.");
            }
        }
        IsFullyConnected = eligible.All(e => e.Length == times.GetLength(1));
    }

    public int TaskCount => times.GetLength(0);

    public int EdgeCount => times.GetLength(1);

    public bool IsFullyConnected { get; }

    public RelatedMachines? Related => null;

    public double ProcessingTime(int task, int edge) => times[task, edge];

    public ReadOnlySpan<int> EligibleEdges(int task) => eligible[task];
}
