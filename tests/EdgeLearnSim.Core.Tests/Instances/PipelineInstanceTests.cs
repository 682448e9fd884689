using EdgeLearnSim.Core.Distributions;
using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Topologies;

namespace EdgeLearnSim.Core.Tests.Instances;

public class PipelineInstanceTests
{
    private static readonly InstanceSpec Plain = new() { Tasks = 40, Edges = 5, Topology = new OneToMoreTopology(3) };

    private static readonly InstanceSpec Pipeline = Plain with
    {
        DeviceUplinkMbps = new UniformDistribution(5, 20),
        EdgeAccessMbps = new UniformDistribution(50, 200),
        EdgeCores = new UniformIntegerDistribution(1, 4),
        CompressionSecondsPerByte = new ConstantDistribution(6.9e-8),
    };

    [Fact]
    public void PipelineDraws_LeaveEveryOtherQuantityUnchanged()
    {
        var plain = InstanceGenerator.Generate(Plain, 11);
        var pipeline = InstanceGenerator.Generate(Pipeline, 11);

        Assert.False(plain.HasPipelineParameters);
        Assert.True(pipeline.HasPipelineParameters);
        Assert.Equal(plain.Records.ToArray(), pipeline.Records.ToArray());
        Assert.Equal(plain.WeightedSizes.ToArray(), pipeline.WeightedSizes.ToArray());
        Assert.Equal(plain.Edges.Select(e => e.BandwidthMbps), pipeline.Edges.Select(e => e.BandwidthMbps));
        Assert.Equal(plain.Eligibility!.FlatEdges, pipeline.Eligibility!.FlatEdges);
        Assert.All(pipeline.DeviceUplinkMbps.ToArray(), a => Assert.InRange(a, 5, 20));
        Assert.All(pipeline.Edges, e => Assert.InRange(e.AccessMbps, 50, 200));
        Assert.All(pipeline.Edges, e => Assert.InRange(e.Cores, 1, 4));
        Assert.All(pipeline.Edges, e => Assert.Equal(6.9e-8, e.CompressionSecondsPerByte));
    }

    [Fact]
    public void OneKeyChanged_LeavesTheOtherPipelineDrawsUnchanged()
    {
        var first = InstanceGenerator.Generate(Pipeline, 5);
        var second = InstanceGenerator.Generate(Pipeline with { EdgeAccessMbps = new ConstantDistribution(70) }, 5);

        Assert.Equal(first.DeviceUplinkMbps.ToArray(), second.DeviceUplinkMbps.ToArray());
        Assert.Equal(first.Edges.Select(e => e.Cores), second.Edges.Select(e => e.Cores));
        Assert.All(second.Edges, e => Assert.Equal(70, e.AccessMbps));
    }

    [Fact]
    public void Folder_RoundTripsThePipelineParameters_ByteForByte()
    {
        var instance = InstanceGenerator.Generate(Pipeline with { EdgeAccessMbps = null }, 3);
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();
        InstanceFolder.Write(instance, first.Path);
        var read = InstanceFolder.Read(first.Path);
        InstanceFolder.Write(read, second.Path);

        Assert.Equal(instance.DeviceUplinkMbps.ToArray(), read.DeviceUplinkMbps.ToArray());
        Assert.Equal(instance.Edges, read.Edges);
        Assert.All(read.Edges, e => Assert.True(double.IsPositiveInfinity(e.AccessMbps)));
        Assert.StartsWith(InstanceFolder.PipelineEdgesHeader + "\n", File.ReadAllText(Path.Combine(first.Path, InstanceFolder.EdgesFile)), StringComparison.Ordinal);
        foreach (var file in new[] { InstanceFolder.TasksFile, InstanceFolder.EdgesFile })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }
    }

    [Fact]
    public void Folder_WithoutPipelineParameters_KeepsTheShortHeaders()
    {
        using var folder = new TemporaryFolder();
        InstanceFolder.Write(InstanceGenerator.Generate(Plain, 3), folder.Path);

        Assert.StartsWith(InstanceFolder.TasksHeader + "\n", File.ReadAllText(Path.Combine(folder.Path, InstanceFolder.TasksFile)), StringComparison.Ordinal);
        Assert.StartsWith(InstanceFolder.EdgesHeader + "\n", File.ReadAllText(Path.Combine(folder.Path, InstanceFolder.EdgesFile)), StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_BadCores_NamesFileLineAndColumn()
    {
        using var folder = new TemporaryFolder();
        folder.File(InstanceFolder.EdgesFile, InstanceFolder.PipelineEdgesHeader + "\n0,100,,0,0\n");
        folder.File(InstanceFolder.TasksFile, InstanceFolder.TasksHeader + "\n0,10,1000,0.9,0,0.5,0.1,*\n");
        var error = Assert.Throws<InvalidInputException>(() => InstanceFolder.Read(folder.Path));
        Assert.EndsWith("edges.csv:2:8", error.Location, StringComparison.Ordinal);
    }
}
