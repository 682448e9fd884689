using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Core.Tests.Instances;

public class InstanceGeneratorTests
{
    private const double PinnedBandwidth = 550.97763477574972;
    private const double PinnedRelease = 0.9726345984900846;
    private static readonly long[] PinnedRecords = [69710, 72143, 21739];
    private static readonly int[] PinnedEligible = [3, 6];

    [Fact]
    public void Generate_PaperDefaults_FollowSpecSectionsOneToThree()
    {
        var instance = InstanceGenerator.Generate(new InstanceSpec(), 1);
        var bestRatio = AccuracyModel.Paper.BestRatio(0.90, 0.001);
        Assert.Equal(100, instance.TaskCount);
        Assert.Equal(10, instance.EdgeCount);
        Assert.True(instance.IsFullyConnected);
        Assert.All(instance.Edges, edge => Assert.InRange(edge.BandwidthMbps, 100, 1_000));
        foreach (var task in instance.Tasks)
        {
            Assert.InRange(task.Records, 20_000, 80_000);
            Assert.Equal(15_000, task.RecordBytes);
            Assert.Equal(0, task.ReleaseTime);
            Assert.Equal(bestRatio, task.BestRatio);
            var expectedSize = 8.0 * task.Records * 15_000 * bestRatio / (AccuracyModel.Paper.Evaluate(bestRatio) * 1e6);
            Assert.Equal(expectedSize, task.WeightedSize, expectedSize * 1e-14);
            Assert.Equal(AccuracyModel.Paper.Evaluate(bestRatio), task.Accuracy, 12);
            for (var j = 0; j < instance.EdgeCount; j++)
            {
                Assert.Equal(task.WeightedSize / instance.Edges[j].BandwidthMbps, instance.ProcessingTime(task.Id, j));
            }
        }
    }

    [Fact]
    public void Generate_FixedSeed_PinnedFirstDraws()
    {
        // Golden values: a change here means every published seed now gives different instances.
        var instance = InstanceGenerator.Generate(new InstanceSpec { Topology = new OneToOneTopology(), Arrivals = new PoissonArrivals(1) }, 2026);
        Assert.Equal(PinnedRecords, instance.Records[..3].ToArray());
        Assert.Equal(PinnedBandwidth, instance.Edges[0].BandwidthMbps);
        Assert.Equal(PinnedEligible, instance.EligibleEdges(0).ToArray());
        Assert.Equal(PinnedRelease, instance.ReleaseTimes[0]);
    }

    [Fact]
    public void Generate_SameSeed_IdenticalInstance_OtherSeedDiffers()
    {
        var spec = new InstanceSpec { Tasks = 500, Topology = new OneToMoreTopology(), Arrivals = new PoissonArrivals(2) };
        Assert.Equal(Export(InstanceGenerator.Generate(spec, 99)), Export(InstanceGenerator.Generate(spec, 99)));
        Assert.NotEqual(Export(InstanceGenerator.Generate(spec, 99)), Export(InstanceGenerator.Generate(spec, 100)));
    }

    [Fact]
    public void Generate_ChangingOneDistribution_LeavesTheOtherStreamsAlone()
    {
        var spec = new InstanceSpec { Tasks = 300, Topology = new OneToOneTopology(), Arrivals = new PoissonArrivals(1) };
        var before = InstanceGenerator.Generate(spec, 5);
        var after = InstanceGenerator.Generate(spec with { BandwidthMbps = new NormalDistribution(500, 50) }, 5);
        Assert.NotEqual(before.Edges, after.Edges);
        Assert.Equal(before.Records.ToArray(), after.Records.ToArray());
        Assert.Equal(before.ReleaseTimes.ToArray(), after.ReleaseTimes.ToArray());
        Assert.True(Enumerable.Range(0, 300).All(i => before.EligibleEdges(i).SequenceEqual(after.EligibleEdges(i))));
    }

    [Fact]
    public void Generate_VaryingBounds_EachTaskGetsItsOwnFeasibleBestRatio()
    {
        var spec = new InstanceSpec { Tasks = 2_000, AccuracyBound = new UniformDistribution(0.90, 0.96) };
        var instance = InstanceGenerator.Generate(spec, 3);
        for (var i = 0; i < instance.TaskCount; i++)
        {
            var bound = instance.AccuracyBounds[i];
            Assert.Equal(AccuracyModel.Paper.BestRatio(bound, 0.001), instance.BestRatios[i]);
            Assert.True(AccuracyModel.Paper.Evaluate(instance.BestRatios[i]) >= bound);
        }
        Assert.True(instance.BestRatios.ToArray().Distinct().Count() > 1000);
    }

    [Fact]
    public void Generate_PoissonArrivals_AscendWithMeanGapOneOverRate()
    {
        var instance = InstanceGenerator.Generate(new InstanceSpec { Tasks = 20_000, Arrivals = new PoissonArrivals(4) }, 8);
        var times = instance.ReleaseTimes.ToArray();
        Assert.True(times[0] > 0);
        Assert.All(Enumerable.Range(1, times.Length - 1), i => Assert.True(times[i] >= times[i - 1]));
        Assert.Equal(0.25, times[^1] / times.Length, 0.01);
    }

    [Fact]
    public void Generate_MeasuredTables_SampleShippedTraces()
    {
        var spec = new InstanceSpec
        {
            Tasks = 1_000,
            Records = new EmpiricalDistribution(
                RepositoryFiles.Path("Traces/workload/fedscale_speech_commands_client_sample_counts.csv"), "num_samples"),
            BandwidthMbps = new EmpiricalDistribution(RepositoryFiles.Path("Traces/bandwidth/dtfm_aws10_region_bandwidth.csv"), "bandwidth_mbps"),
        };
        var instance = InstanceGenerator.Generate(spec, 11);
        Assert.All(instance.Records.ToArray(), records => Assert.InRange(records, 16, 316));
        Assert.All(instance.Edges, edge => Assert.InRange(edge.BandwidthMbps, 326, 1_160));
    }

    [Fact]
    public void Generate_TraceArrivals_TakeRowsInOrder()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("arrivals.csv", "time\n0.5\n1.5\n3\n");
        var instance = InstanceGenerator.Generate(new InstanceSpec { Tasks = 3, Arrivals = new TraceArrivals(path, "time") }, 1);
        Assert.Equal([0.5, 1.5, 3], instance.ReleaseTimes.ToArray());
        var error = Assert.Throws<InvalidInputException>(
            () => InstanceGenerator.Generate(new InstanceSpec { Tasks = 4, Arrivals = new TraceArrivals(path, "time") }, 1));
        Assert.Contains("3 release times for 4 tasks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ImpossibleDraws_ThrowNamingTheTaskOrEdge()
    {
        var bandwidth = Assert.Throws<InvalidInputException>(
            () => InstanceGenerator.Generate(new InstanceSpec { BandwidthMbps = new ConstantDistribution(0) }, 1));
        Assert.Equal("bandwidth_mbps", bandwidth.Location);
        Assert.Contains("edge 0", bandwidth.Problem, StringComparison.Ordinal);

        var bound = Assert.Throws<InvalidInputException>(
            () => InstanceGenerator.Generate(new InstanceSpec { AccuracyBound = new ConstantDistribution(0.99) }, 1));
        Assert.Equal("accuracy_bound", bound.Location);
        Assert.Contains("task 0", bound.Problem, StringComparison.Ordinal);
        Assert.Contains("exceeds A(1)", bound.Problem, StringComparison.Ordinal);

        var records = Assert.Throws<InvalidInputException>(
            () => InstanceGenerator.Generate(new InstanceSpec { Records = new NormalDistribution(0, 1) }, 1));
        Assert.Equal("records", records.Location);
        Assert.Contains("task ", records.Problem, StringComparison.Ordinal);

        Assert.Equal("accuracy", Assert.Throws<InvalidInputException>(
            () => InstanceGenerator.Generate(new InstanceSpec { Accuracy = new AccuracyModel(-1, 0, 1) }, 1)).Location);
        Assert.Equal("min_ratio", Assert.Throws<InvalidInputException>(
            () => InstanceGenerator.Generate(new InstanceSpec { MinRatio = 0 }, 1)).Location);
        Assert.Equal("edges", Assert.Throws<InvalidInputException>(
            () => InstanceGenerator.Generate(new InstanceSpec { Edges = 0 }, 1)).Location);
        Assert.Equal("arrivals.poisson.rate_per_second", Assert.Throws<InvalidInputException>(
            () => InstanceGenerator.Generate(new InstanceSpec { Arrivals = new PoissonArrivals(-1) }, 1)).Location);
    }

    [Fact]
    public void Validate_ReportsEveryProblemAtOnce()
    {
        var spec = new InstanceSpec
        {
            Tasks = 0,
            RecordBytes = -1,
            Records = new UniformIntegerDistribution(10, 5),
            BandwidthMbps = new NormalDistribution(100, -3),
            Topology = new OneToMoreTopology(50),
            Arrivals = new PoissonArrivals(double.NaN),
            MinRatio = 2,
        };
        var locations = InstanceGenerator.Validate(spec).Select(problem => problem.Location).ToArray();
        Assert.Equal(
            ["tasks", "record_bytes", "min_ratio", "records", "bandwidth_mbps", "topologies.one-to-more.max_edges_per_device", "arrivals.poisson.rate_per_second"],
            locations);
        Assert.Empty(InstanceGenerator.Validate(new InstanceSpec()));
    }

    private static string Export(EdgeLearningInstance instance)
    {
        using var folder = new TemporaryFolder();
        InstanceFolder.Write(instance, folder.Path);
        return File.ReadAllText(Path.Combine(folder.Path, InstanceFolder.TasksFile))
            + File.ReadAllText(Path.Combine(folder.Path, InstanceFolder.EdgesFile));
    }
}
