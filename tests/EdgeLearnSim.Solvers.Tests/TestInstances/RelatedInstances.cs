using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Solvers.Tests.TestInstances;

/// <summary>Builds <see cref="EdgeLearningInstance"/>s straight from sizes s_i, bandwidths B_j and eligibility lists.</summary>
public static class RelatedInstances
{
    public static EdgeLearningInstance Create(double[] sizes, double[] bandwidths, int[]?[]? eligible = null)
    {
        var tasks = sizes.Select((size, i) => new LearningTask(i, 1, 1, 0.9, 0, 1, size, eligible?[i])).ToArray();
        var edges = bandwidths.Select((bandwidth, j) => new EdgeServer(j, bandwidth)).ToArray();
        return new EdgeLearningInstance(tasks, edges);
    }
}
