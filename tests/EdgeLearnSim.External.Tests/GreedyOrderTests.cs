using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Core.Topologies;
using EdgeLearnSim.External.Tests.Support;

namespace EdgeLearnSim.External.Tests;

/// <summary>
/// greedy sorts by compressed bytes D_i·BestR_i, not by s_i (docs/schedulers.md): with per-task accuracy floors the
/// two orders differ, and the Python LPT, which sorts by the request's <c>compressed_bytes</c>, still matches greedy.
/// </summary>
public sealed class GreedyOrderTests
{
    private static readonly InstanceSpec PerTaskFloors = new()
    {
        Tasks = 120,
        Edges = 6,
        AccuracyBound = new UniformDistribution(0.80, 0.95),
        Topology = new OneToMoreTopology(3),
    };

    [Fact]
    public void WithPerTaskAccuracyFloors_SizeOrderAndCompressedOrderDiffer()
    {
        var instance = InstanceGenerator.Generate(PerTaskFloors, 5);
        var compressed = new double[instance.TaskCount];
        for (var i = 0; i < compressed.Length; i++)
        {
            compressed[i] = instance.Records[i] * instance.RecordBytes[i] * instance.BestRatios[i];
        }
        var sizes = instance.Related!.Sizes.ToArray();

        Assert.NotEqual(ByDescendingKey(compressed), ByDescendingKey(sizes));
    }

    [PythonFact]
    public void PythonLpt_GivesGreedysAssignment_WithPerTaskAccuracyFloors()
    {
        var python = new ExternalScheduler(Python.Example("python-lpt", "lpt_scheduler.py"));
        foreach (var seed in new ulong[] { 1, 2, 3 })
        {
            var instance = InstanceGenerator.Generate(PerTaskFloors, seed);
            var context = new SchedulerContext(seed);
            Assert.Equal(new GreedyScheduler().Schedule(instance, context).EdgeOf, python.Schedule(instance, context).EdgeOf);
        }
    }

    private static int[] ByDescendingKey(double[] keys) =>
        [.. Enumerable.Range(0, keys.Length).OrderByDescending(i => keys[i]).ThenBy(i => i)];
}
