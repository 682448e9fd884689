namespace EdgeLearnSim.Core.Instances;

/// <summary>Size measures of an instance that budgets and method choices scale with.</summary>
public static class InstanceSize
{
    /// <summary>P = Σ_i |eligible edges of i|, the number of task–edge pairs (n·m when fully connected).</summary>
    public static long EligiblePairs(ISchedulingInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.IsFullyConnected)
        {
            return (long)instance.TaskCount * instance.EdgeCount;
        }
        long pairs = 0;
        for (var i = 0; i < instance.TaskCount; i++)
        {
            pairs += instance.EligibleEdges(i).Length;
        }
        return pairs;
    }
}
