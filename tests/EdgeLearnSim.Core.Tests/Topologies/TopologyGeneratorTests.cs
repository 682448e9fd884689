using EdgeLearnSim.Core.Topologies;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Topologies;

public class TopologyGeneratorTests
{
    private const int Devices = 10_000;
    private const int Edges = 10;

    [Fact]
    public void FullyConnected_HasNoLists()
    {
        Assert.Null(TopologyGenerator.Generate(new FullyConnectedTopology(), Devices, Edges, Stream(1), Stream(1 + 100)));
    }

    [Fact]
    public void OneToOne_EightyPercentSingleEdge_EdgesUniform()
    {
        var lists = TopologyGenerator.Generate(new OneToOneTopology(), Devices, Edges, Stream(2), Stream(2 + 100))!;
        AssertWellFormed(lists);
        var single = Enumerable.Range(0, Devices).Count(i => lists.Of(i).Length == 1);
        Assert.InRange(single / (double)Devices, 0.78, 0.82);
        Assert.All(Enumerable.Range(0, Devices), i => Assert.InRange(lists.Of(i).Length, 1, 2));
        var expectedPerEdge = lists.PairCount / (double)Edges;
        foreach (var count in EdgeCounts(lists))
        {
            Assert.InRange(count, expectedPerEdge * 0.9, expectedPerEdge * 1.1);
        }
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(0.0)]
    public void OneToOne_OtherProbabilities_AreFollowed(double probability)
    {
        var lists = TopologyGenerator.Generate(new OneToOneTopology(probability), Devices, Edges, Stream(3), Stream(3 + 100))!;
        var single = Enumerable.Range(0, Devices).Count(i => lists.Of(i).Length == 1);
        Assert.InRange(single / (double)Devices, probability - 0.02, probability + 0.02);
    }

    [Theory]
    [InlineData(null, 5.5)]
    [InlineData(3, 2.0)]
    public void OneToMore_MeanEdgeCountIsHalfOfOnePlusMax(int? maxEdges, double expectedMean)
    {
        var lists = TopologyGenerator.Generate(new OneToMoreTopology(maxEdges), Devices, Edges, Stream(4), Stream(4 + 100))!;
        AssertWellFormed(lists);
        var counts = Enumerable.Range(0, Devices).Select(i => lists.Of(i).Length).ToArray();
        Assert.InRange(counts.Average(), expectedMean - 0.1, expectedMean + 0.1);
        var max = maxEdges ?? Edges;
        for (var k = 1; k <= max; k++)
        {
            Assert.InRange(counts.Count(c => c == k), Devices / max * 0.85, Devices / max * 1.15);
        }
        var expectedPerEdge = lists.PairCount / (double)Edges;
        Assert.All(EdgeCounts(lists), count => Assert.InRange(count, expectedPerEdge * 0.9, expectedPerEdge * 1.1));
    }

    [Fact]
    public void OneToOne_SingleEdge_AlwaysThatEdge()
    {
        var lists = TopologyGenerator.Generate(new OneToOneTopology(), 100, 1, Stream(5), Stream(5 + 100))!;
        Assert.All(Enumerable.Range(0, 100), i => Assert.Equal([0], lists.Of(i).ToArray()));
    }

    [Fact]
    public void Generate_SameSeed_SameLists()
    {
        var first = TopologyGenerator.Generate(new OneToMoreTopology(), 1_000, Edges, Stream(6), Stream(6 + 100))!;
        var second = TopologyGenerator.Generate(new OneToMoreTopology(), 1_000, Edges, Stream(6), Stream(6 + 100))!;
        var other = TopologyGenerator.Generate(new OneToMoreTopology(), 1_000, Edges, Stream(7), Stream(7 + 100))!;
        Assert.True(Enumerable.Range(0, 1_000).All(i => first.Of(i).SequenceEqual(second.Of(i))));
        Assert.False(Enumerable.Range(0, 1_000).All(i => first.Of(i).SequenceEqual(other.Of(i))));
    }

    [Fact]
    public void Generate_BadParameters_ThrowNamingTheField()
    {
        Assert.Equal("topologies.one-to-one.single_edge_probability", Assert.Throws<InvalidInputException>(
            () => TopologyGenerator.Generate(new OneToOneTopology(1.5), 10, Edges, Stream(8), Stream(8 + 100))).Location);
        Assert.Equal("topologies.one-to-more.max_edges_per_device", Assert.Throws<InvalidInputException>(
            () => TopologyGenerator.Generate(new OneToMoreTopology(11), 10, Edges, Stream(8), Stream(8 + 100))).Location);
        Assert.Equal("topologies.one-to-more.max_edges_per_device", Assert.Throws<InvalidInputException>(
            () => TopologyGenerator.Generate(new OneToMoreTopology(0), 10, Edges, Stream(8), Stream(8 + 100))).Location);
    }

    private static void AssertWellFormed(EligibleEdgeLists lists)
    {
        Assert.Equal(Devices, lists.TaskCount);
        for (var i = 0; i < Devices; i++)
        {
            var edges = lists.Of(i).ToArray();
            Assert.NotEmpty(edges);
            Assert.All(edges, j => Assert.InRange(j, 0, Edges - 1));
            Assert.Equal(edges.Order().Distinct(), edges);
        }
    }

    private static int[] EdgeCounts(EligibleEdgeLists lists)
    {
        var counts = new int[Edges];
        for (var i = 0; i < lists.TaskCount; i++)
        {
            foreach (var j in lists.Of(i))
            {
                counts[j]++;
            }
        }
        return counts;
    }

    private static Xoshiro256StarStar Stream(int seed) => new(seed, threadSafe: false);
}
