using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// V_ij for the inner loops of the heuristics, equal bit for bit to <see cref="ISchedulingInstance.ProcessingTime"/>
/// (+∞ where not eligible) but without its per-call eligibility search: a dense n×m table when it is small, s_i/B_j
/// computed directly for fully connected related instances, else the instance itself.
/// </summary>
internal sealed class TaskEdgeTimes
{
    private const long DenseLimit = 4_000_000;

    private readonly ISchedulingInstance instance;
    private readonly int edgeCount;
    private readonly double[]? dense;
    private readonly double[]? sizes;
    private readonly double[]? speeds;

    public TaskEdgeTimes(ISchedulingInstance instance)
    {
        this.instance = instance;
        edgeCount = instance.EdgeCount;
        if (instance.Related is { } related && instance.IsFullyConnected)
        {
            sizes = related.Sizes.ToArray();
            speeds = related.Speeds.ToArray();
        }
        else if ((long)instance.TaskCount * edgeCount <= DenseLimit)
        {
            dense = new double[instance.TaskCount * edgeCount];
            for (var i = 0; i < instance.TaskCount; i++)
            {
                for (var j = 0; j < edgeCount; j++)
                {
                    dense[i * edgeCount + j] = instance.ProcessingTime(i, j);
                }
            }
        }
    }

    public double this[int task, int edge] =>
        sizes is not null ? sizes[task] / speeds![edge]
        : dense is not null ? dense[task * edgeCount + edge]
        : instance.ProcessingTime(task, edge);
}
