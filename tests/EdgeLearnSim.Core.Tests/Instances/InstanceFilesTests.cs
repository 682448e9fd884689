using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Core.Tests.Instances;

public class InstanceFilesTests
{
    [Theory]
    [InlineData("fully-connected")]
    [InlineData("one-to-one")]
    [InlineData("one-to-more")]
    public void Folder_RoundTrip_IsByteIdentical(string topology)
    {
        TopologySpec spec = topology switch
        {
            "one-to-one" => new OneToOneTopology(),
            "one-to-more" => new OneToMoreTopology(),
            _ => new FullyConnectedTopology(),
        };
        var instance = InstanceGenerator.Generate(
            new InstanceSpec { Tasks = 400, Topology = spec, Arrivals = new PoissonArrivals(3) }, 17);
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();
        InstanceFolder.Write(instance, first.Path);
        var read = Assert.IsType<EdgeLearningInstance>(InstanceFiles.Read(first.Path));
        InstanceFolder.Write(read, second.Path);
        foreach (var file in new[] { InstanceFolder.TasksFile, InstanceFolder.EdgesFile })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }
        Assert.Equal(instance.WeightedSizes.ToArray(), read.WeightedSizes.ToArray());
        Assert.Equal(instance.ReleaseTimes.ToArray(), read.ReleaseTimes.ToArray());
        Assert.Equal(instance.IsFullyConnected, read.IsFullyConnected);
        for (var i = 0; i < instance.TaskCount; i++)
        {
            Assert.Equal(instance.EligibleEdges(i).ToArray(), read.EligibleEdges(i).ToArray());
            for (var j = 0; j < instance.EdgeCount; j++)
            {
                Assert.Equal(instance.ProcessingTime(i, j), read.ProcessingTime(i, j));
            }
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public void Folder_AnySeedAndShape_RoundTripsByteIdentically(ulong seed, byte tasks, byte edges, bool oneToMore)
    {
        var spec = new InstanceSpec
        {
            Tasks = 1 + (tasks % 50),
            Edges = 1 + (edges % 8),
            Topology = oneToMore ? new OneToMoreTopology() : new OneToOneTopology(0.5),
            AccuracyBound = new EdgeLearnSim.Core.Distributions.UniformDistribution(0.5, 0.96),
            Arrivals = new PoissonArrivals(0.1),
        };
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();
        InstanceFolder.Write(InstanceGenerator.Generate(spec, seed), first.Path);
        InstanceFolder.Write(InstanceFolder.Read(first.Path), second.Path);
        foreach (var file in new[] { InstanceFolder.TasksFile, InstanceFolder.EdgesFile })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }
    }

    [Fact]
    public void Folder_HandWritten_ReadsEligibilityAndStars()
    {
        using var folder = new TemporaryFolder();
        folder.File("edges.csv", "id,bandwidth_mbps\n0,100\n1,250.5\n2,1000\n");
        folder.File("tasks.csv", InstanceFolder.TasksHeader + "\n0,10,15000,0.9,0,0.5,6,0;2\n1,20,15000,0.9,1.5,0.5,12,*\n");
        var instance = InstanceFolder.Read(folder.Path);
        Assert.Equal([0, 2], instance.EligibleEdges(0).ToArray());
        Assert.Equal([0, 1, 2], instance.EligibleEdges(1).ToArray());
        Assert.False(instance.IsFullyConnected);
        Assert.Equal(double.PositiveInfinity, instance.ProcessingTime(0, 1));
        Assert.Equal(12 / 250.5, instance.ProcessingTime(1, 1));
        Assert.Equal(1.5, instance.Tasks[1].ReleaseTime);
    }

    [Theory]
    [InlineData("id,records\n", 1, 1, "expected the header")]
    [InlineData("0,10,15000,0.9,0,0.5,6,0;2\n1,x,15000,0.9,0,0.5,6,*\n", 3, 3, "records of task 1")]
    [InlineData("0,10,15000,0.9,0,0.5,-6,*\n", 2, 22, "weighted_size must be positive")]
    [InlineData("0,10,15000,0.9,0,0.5,6,0;3\n", 2, 26, "edge ids in 0..2")]
    [InlineData("0,10,15000,0.9,0,0.5,6,2;1\n", 2, 26, "ascending")]
    [InlineData("1,10,15000,0.9,0,0.5,6,*\n", 2, 1, "expected id 0")]
    [InlineData("0,10,15000,0.9,0,1.5,6,*\n", 2, 18, "best_ratio must lie in (0, 1]")]
    [InlineData("0,10,15000,0.9,0,0.5,6\n", 2, 1, "expected 8 fields")]
    [InlineData("0,10,15000,0.9,0,0.5,6,\n", 2, 24, "reaches no edge")]
    public void Folder_BadTasks_ThrowWithFileLineAndColumn(string body, int line, int column, string problem)
    {
        using var folder = new TemporaryFolder();
        folder.File("edges.csv", "id,bandwidth_mbps\n0,100\n1,200\n2,300\n");
        var tasks = folder.File("tasks.csv", (body.StartsWith("id,", StringComparison.Ordinal) ? "" : InstanceFolder.TasksHeader + "\n") + body);
        var error = Assert.Throws<InvalidInputException>(() => InstanceFiles.Read(folder.Path));
        Assert.Equal($"{tasks}:{line}:{column}", error.Location);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_BadEdges_ThrowWithFileLineAndColumn()
    {
        using var folder = new TemporaryFolder();
        var edges = folder.File("edges.csv", "id,bandwidth_mbps\n0,100\n1,0\n");
        folder.File("tasks.csv", InstanceFolder.TasksHeader + "\n");
        var error = Assert.Throws<InvalidInputException>(() => InstanceFiles.Read(folder.Path));
        Assert.Equal($"{edges}:3:3", error.Location);
        Assert.Contains("edge 1", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Literature_MatrixAndPairLayouts_GiveTheSameTimes()
    {
        using var folder = new TemporaryFolder();
        var matrix = folder.File("matrix.txt", "2 3\n4 5 6\n\n7 8 9\n");
        var stream = folder.File("stream.txt", "2\r\n3\r\n\t4\t5 \t6\t\n\n  7 8\n9");
        var pairs = folder.File("pairs.txt", "2 3\n2 6 0 4 1 5\n1 8 0 7 2 9\n");
        var oneBased = folder.File("one.txt", "2\t3\n3 6 1 4 2 5\n2 8 1 7 3 9\n");
        foreach (var path in new[] { matrix, stream, pairs, oneBased })
        {
            var instance = Assert.IsType<UnrelatedInstance>(InstanceFiles.Read(path));
            Assert.Equal(2, instance.TaskCount);
            Assert.Equal(3, instance.EdgeCount);
            Assert.True(instance.IsFullyConnected);
            Assert.Null(instance.Related);
            Assert.Equal([0, 1, 2], instance.EligibleEdges(1).ToArray());
            Assert.Equal([4.0, 5, 6, 7, 8, 9], [.. from i in Enumerable.Range(0, 2) from j in Enumerable.Range(0, 3) select instance.ProcessingTime(i, j)]);
        }
    }

    [Fact]
    public void Literature_RandomMatrices_RoundTripThroughBothLayouts()
    {
        var random = new MathNet.Numerics.Random.Xoshiro256StarStar(12, threadSafe: false);
        using var folder = new TemporaryFolder();
        for (var trial = 0; trial < 200; trial++)
        {
            var (n, m) = (random.Next(1, 12), random.Next(1, 6));
            var times = Enumerable.Range(0, n * m).Select(_ => (double)random.Next(0, 1000)).ToArray();
            var instance = new UnrelatedInstance(n, m, times);
            var matrix = Path.Combine(folder.Path, "matrix.txt");
            UnrelatedInstanceFile.Write(instance, matrix);
            var pairs = folder.File("pairs.txt", PairLayout(instance, random));
            foreach (var path in new[] { matrix, pairs })
            {
                var read = UnrelatedInstanceFile.Read(path);
                Assert.Equal((n, m), (read.TaskCount, read.EdgeCount));
                Assert.Equal(times, (from i in Enumerable.Range(0, n) from j in Enumerable.Range(0, m) select read.ProcessingTime(i, j)).ToArray());
            }
            var again = Path.Combine(folder.Path, "again.txt");
            UnrelatedInstanceFile.Write(UnrelatedInstanceFile.Read(matrix), again);
            Assert.Equal(File.ReadAllBytes(matrix), File.ReadAllBytes(again));
        }
    }

    [Theory]
    [InlineData("U1a100_n100_m10_112.txt", 100, 10)]
    [InlineData("JobsCorre_n200_m30_232.txt", 200, 30)]
    [InlineData("MaqCorre_n500_m20_522.txt", 500, 20)]
    [InlineData("U1000a1100_n1000_m50_1052.txt", 1000, 50)]
    public void Literature_PublishedFiles_ReadAsDistributed(string file, int n, int m)
    {
        var instance = InstanceFiles.Read(RepositoryFiles.Path($"benchmarks/rcmax-fr2010/instances/{file}"));
        Assert.Equal((n, m), (instance.TaskCount, instance.EdgeCount));
        var times = from i in Enumerable.Range(0, n) from j in Enumerable.Range(0, m) select instance.ProcessingTime(i, j);
        Assert.All(times, time => Assert.True(time >= 1 && time == Math.Floor(time)));
    }

    [Fact]
    public void Literature_LocalSearch_NeverBeatsAProvenOptimum_OnPublishedFiles()
    {
        var rows = File.ReadLines(RepositoryFiles.Path("benchmarks/rcmax-fr2010/best_known.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(fields => fields[3] == "100" && fields[6] == "1")
            .ToList();
        Assert.True(rows.Count >= 30, $"only {rows.Count} proven instances at n = 100");
        foreach (var fields in rows)
        {
            var instance = InstanceFiles.Read(RepositoryFiles.Path($"benchmarks/rcmax-fr2010/instances/{fields[0]}"));
            var result = new LocalSearchScheduler(work: 0.02).Schedule(instance, new SchedulerContext(1));
            var optimum = double.Parse(fields[5], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(result.Makespan >= optimum, $"{fields[0]}: {result.Makespan} below the proven optimum {optimum}");
            Assert.True(result.Makespan <= 1.25 * optimum, $"{fields[0]}: {result.Makespan} more than 25% above the optimum {optimum}");
        }
    }

    [Fact]
    public void Literature_MixedMachineBases_AreRejected()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("mixed.txt", "2 2\n0 5 1 6\n1 7 2 8\n");
        var error = Assert.Throws<InvalidInputException>(() => UnrelatedInstanceFile.Read(path));
        Assert.Equal($"{path}:3:5", error.Location);
    }

    /// <summary>The pairs layout with each row's machines in a random order (0-based).</summary>
    private static string PairLayout(UnrelatedInstance instance, Random random)
    {
        var text = new System.Text.StringBuilder($"{instance.TaskCount} {instance.EdgeCount}\n");
        for (var i = 0; i < instance.TaskCount; i++)
        {
            var order = Enumerable.Range(0, instance.EdgeCount).OrderBy(_ => random.Next()).ToArray();
            text.AppendJoin(' ', order.Select(j => $"{j} {instance.ProcessingTime(i, j)}")).Append('\n');
        }
        return text.ToString();
    }

    [Theory]
    [InlineData("", 0, 0, "empty file")]
    [InlineData("2\n", 1, 1, "expected 'n m'")]
    [InlineData("2 3\n1 2 3\n", 2, 6, "found 3")]
    [InlineData("2 3\n1 2 3\n1 2  \n", 3, 4, "needs 6 processing times")]
    [InlineData("2 3\n1 2 3\n1 -2 3\n", 3, 3, "processing time must be an integer in 0..")]
    [InlineData("2 3\n1 2 3\n1 2.5 3\n", 3, 3, "expected an integer, found '2.5'")]
    [InlineData("2 3\n1 2 3\n1 99999999999 3\n", 3, 3, "processing time must be an integer in 0..")]
    [InlineData("1 2\n0 5 0 6\n", 2, 5, "appears twice")]
    [InlineData("1 2\n0 5 2 6\n", 2, 5, "outside 0..1")]
    [InlineData("1 2\n5 6 7\n", 2, 5, "unexpected number")]
    [InlineData("1 2\n0 5 1 6\n\n7\n", 4, 1, "unexpected number")]
    [InlineData("x 2\n", 1, 1, "expected an integer, found 'x'")]
    [InlineData("0 2\n", 1, 1, "n must be an integer in 1..")]
    public void Literature_BadFiles_ThrowWithFileLineAndColumn(string content, int line, int column, string problem)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("bad.txt", content);
        var error = Assert.Throws<InvalidInputException>(() => InstanceFiles.Read(path));
        Assert.Equal(line == 0 ? path : $"{path}:{line}:{column}", error.Location);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NothingThere_Throws()
    {
        Assert.Contains("no such instance", Assert.Throws<InvalidInputException>(
            () => InstanceFiles.Read(Path.Combine(Path.GetTempPath(), "no-such-instance-here"))).Message, StringComparison.Ordinal);
    }
}
