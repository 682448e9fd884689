using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Experiments.Cells;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Experiments.Tests.Support;

namespace EdgeLearnSim.Experiments.Tests.Cells;

/// <summary>
/// Common random numbers by construction, on the instances the real generator draws for a scenario's cells: a sweep
/// over one quantity leaves every other quantity of a replication as it was, a longer task list extends a shorter
/// one, and the topologies of a replication share their records and bandwidths.
/// </summary>
public sealed class CommonRandomNumbersTests : IDisposable
{
    private const string Base = """
        name: crn
        seed: 41
        replications: 3
        instance:
          tasks: 60
          edges: 6
          accuracy_bound: {uniform: [0.90, 0.92]}
          arrivals: {poisson: {rate_per_second: 5}}
        topologies: [one-to-one, {one-to-more: {max_edges_per_device: 4}}, fully-connected]
        schedulers: [random]
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void SweepingBandwidths_LeavesRecordsBoundsReleasesAndEligibilityUnchanged()
    {
        var cells = Cells(Base + "\nsweep:\n  instance.bandwidth_mbps: [{uniform: [100, 1000]}, {constant: 300}, {uniform: [10, 20]}]\n");
        foreach (var replication in cells.GroupBy(c => (c.Replication, c.Topology.Name)))
        {
            var instances = replication.Select(Generate).ToList();
            Assert.Equal(3, instances.Count);
            Assert.Equal(3, instances.Select(i => i.Edges[0].BandwidthMbps).Distinct().Count());
            foreach (var other in instances.Skip(1))
            {
                AssertSameTasks(instances[0], other, instances[0].TaskCount);
            }
        }
    }

    [Fact]
    public void MoreTasks_ExtendFewerTasks_InEveryTopology()
    {
        var cells = Cells(Base + "\nsweep:\n  instance.tasks: [100, 200]\n");
        foreach (var pair in cells.GroupBy(c => (c.Replication, c.Topology.Name)))
        {
            var (small, large) = (Generate(pair.First()), Generate(pair.Last()));
            Assert.Equal((100, 200), (small.TaskCount, large.TaskCount));
            AssertSameTasks(small, large, 100);
            Assert.Equal(small.Edges.Select(e => e.BandwidthMbps), large.Edges.Select(e => e.BandwidthMbps));
        }
    }

    [Fact]
    public void MoreEdges_KeepTheFirstEdgesBandwidthsAndEveryTask()
    {
        var cells = Cells(Base.Replace("topologies: [one-to-one, {one-to-more: {max_edges_per_device: 4}}, fully-connected]", "topologies: [fully-connected]", StringComparison.Ordinal)
            + "\nsweep:\n  instance.edges: [6, 9]\n");
        foreach (var pair in cells.GroupBy(c => c.Replication))
        {
            var (small, large) = (Generate(pair.First()), Generate(pair.Last()));
            Assert.Equal(small.Edges.Select(e => e.BandwidthMbps), large.Edges.Take(6).Select(e => e.BandwidthMbps));
            AssertSameTasks(small, large, small.TaskCount, eligibility: false);
        }
    }

    [Fact]
    public void TheTopologiesOfAReplication_ShareRecordsBoundsReleasesAndBandwidths()
    {
        foreach (var replication in Cells(Base).GroupBy(c => c.Replication))
        {
            var instances = replication.Select(Generate).ToList();
            Assert.Equal(3, instances.Count);
            foreach (var other in instances.Skip(1))
            {
                AssertSameTasks(instances[0], other, instances[0].TaskCount, eligibility: false);
                Assert.Equal(instances[0].Edges.Select(e => e.BandwidthMbps), other.Edges.Select(e => e.BandwidthMbps));
            }
        }
        // Replications differ: the streams are keyed by the replication.
        var first = Cells(Base).Where(c => c.Topology.Name == "fully-connected").Select(Generate).ToList();
        Assert.Equal(3, first.Select(i => i.Records[0]).Distinct().Count());
    }

    private static EdgeLearningInstance Generate(Cell cell) => InstanceGenerator.Generate(cell.InstanceSpec, cell.Seed);

    private static void AssertSameTasks(EdgeLearningInstance a, EdgeLearningInstance b, int count, bool eligibility = true)
    {
        Assert.Equal(a.Records[..count].ToArray(), b.Records[..count].ToArray());
        Assert.Equal(a.AccuracyBounds[..count].ToArray(), b.AccuracyBounds[..count].ToArray());
        Assert.Equal(a.ReleaseTimes[..count].ToArray(), b.ReleaseTimes[..count].ToArray());
        Assert.True(a.AccuracyBounds[..count].ToArray().Distinct().Count() > 1, "the accuracy floors do not vary: nothing was tested");
        if (eligibility)
        {
            for (var i = 0; i < count; i++)
            {
                Assert.Equal(a.EligibleEdges(i).ToArray(), b.EligibleEdges(i).ToArray());
            }
        }
    }

    private List<Cell> Cells(string yaml) =>
        [.. CellPlan.Enumerate(ScenarioReader.Load(folder.Write("crn.yaml", yaml), TestToolkit.Registry()).GetOrThrow())];
}
