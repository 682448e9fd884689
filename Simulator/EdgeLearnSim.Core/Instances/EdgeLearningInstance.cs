namespace EdgeLearnSim.Core.Instances;

/// <summary>
/// The project's own instance: tasks with weighted sizes, edges with bandwidths, and per-task eligibility.
/// Stores O(n + m + Σ|E_i|) numbers, never an n×m matrix, so 10^6 tasks × 10^4 edges fit in memory.
/// </summary>
public sealed class EdgeLearningInstance : ISchedulingInstance
{
    private readonly LearningTask[] tasks;
    private readonly EdgeServer[] edges;
    private readonly double[] sizes;
    private readonly double[] speeds;
    private readonly int[] allEdges;

    public EdgeLearningInstance(IReadOnlyList<LearningTask> tasks, IReadOnlyList<EdgeServer> edges)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(edges);
        if (edges.Count == 0)
        {
            throw new ArgumentException("An instance needs at least one edge.", nameof(edges));
        }
        this.tasks = [.. tasks];
        this.edges = [.. edges];
        sizes = new double[this.tasks.Length];
        speeds = new double[this.edges.Length];
        allEdges = new int[this.edges.Length];
        var fullyConnected = true;
        for (var j = 0; j < speeds.Length; j++)
        {
            if (this.edges[j].Id != j)
            {
                throw new ArgumentException($"Edge at position {j} has id {this.edges[j].Id}; ids must be 0..m-1 in order.", nameof(edges));
            }
            speeds[j] = this.edges[j].BandwidthMbps;
            allEdges[j] = j;
        }
        for (var i = 0; i < sizes.Length; i++)
        {
            var task = this.tasks[i];
            if (task.Id != i)
            {
                throw new ArgumentException($"Task at position {i} has id {task.Id}; ids must be 0..n-1 in order.", nameof(tasks));
            }
            sizes[i] = task.WeightedSize;
            if (task.EligibleEdges is { } eligible)
            {
                ValidateEligibility(i, eligible);
                fullyConnected &= eligible.Length == speeds.Length;
            }
        }
        IsFullyConnected = fullyConnected;
        Related = new RelatedMachines(sizes, speeds);
    }

    public IReadOnlyList<LearningTask> Tasks => tasks;

    public IReadOnlyList<EdgeServer> Edges => edges;

    public int TaskCount => tasks.Length;

    public int EdgeCount => edges.Length;

    public bool IsFullyConnected { get; }

    public RelatedMachines Related { get; }

    RelatedMachines? ISchedulingInstance.Related => Related;

    public double ProcessingTime(int task, int edge)
    {
        var eligible = tasks[task].EligibleEdges;
        if (eligible is not null && Array.BinarySearch(eligible, edge) < 0)
        {
            return double.PositiveInfinity;
        }
        return sizes[task] / speeds[edge];
    }

    public ReadOnlySpan<int> EligibleEdges(int task) => tasks[task].EligibleEdges ?? allEdges;

    private void ValidateEligibility(int task, int[] eligible)
    {
        if (eligible.Length == 0)
        {
            throw new ArgumentException($"Task {task} can reach no edge.");
        }
        for (var k = 0; k < eligible.Length; k++)
        {
            if (eligible[k] < 0 || eligible[k] >= speeds.Length || (k > 0 && eligible[k] <= eligible[k - 1]))
            {
                throw new ArgumentException($"Task {task} has eligible edges that are not ascending ids in 0..{speeds.Length - 1}.");
            }
        }
    }
}
