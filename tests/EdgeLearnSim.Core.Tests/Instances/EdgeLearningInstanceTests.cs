using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Tests.Instances;

public class EdgeLearningInstanceTests
{
    [Fact]
    public void Constructor_FromRecords_KeepsEveryField()
    {
        LearningTask[] tasks =
        [
            new(0, 10, 15_000, 0.9, 0, 0.5, 6, [1]),
            new(1, 20, 15_000, 0.8, 2, 0.25, 3, null),
        ];
        var instance = new EdgeLearningInstance(tasks, [new EdgeServer(0, 100), new EdgeServer(1, 300)]);
        Assert.False(instance.IsFullyConnected);
        Assert.Equal([1], instance.EligibleEdges(0).ToArray());
        Assert.Equal([0, 1], instance.EligibleEdges(1).ToArray());
        Assert.Equal(double.PositiveInfinity, instance.ProcessingTime(0, 0));
        Assert.Equal(6 / 300.0, instance.ProcessingTime(0, 1));
        Assert.Equal(3 / 100.0, instance.ProcessingTime(1, 0));
        var back = instance.Tasks[0];
        Assert.Equal(tasks[0] with { EligibleEdges = back.EligibleEdges }, back);
        Assert.Equal([1], back.EligibleEdges!);
        Assert.Equal([6.0, 3.0], instance.Related.Sizes.ToArray());
    }

    [Fact]
    public void Constructor_AllNull_IsFullyConnected()
    {
        var instance = new EdgeLearningInstance([new LearningTask(0, 1, 1, 0.9, 0, 1, 1, null)], [new EdgeServer(0, 1)]);
        Assert.True(instance.IsFullyConnected);
        Assert.Null(instance.Eligibility);
    }

    [Fact]
    public void Constructor_BadInput_Throws()
    {
        EdgeServer[] edges = [new EdgeServer(0, 100)];
        Assert.Throws<ArgumentException>(() => new EdgeLearningInstance([new LearningTask(1, 1, 1, 0.9, 0, 1, 1, null)], edges));
        Assert.Throws<ArgumentException>(() => new EdgeLearningInstance([new LearningTask(0, 1, 1, 0.9, 0, 1, 1, [])], edges));
        Assert.Throws<ArgumentException>(() => new EdgeLearningInstance([new LearningTask(0, 1, 1, 0.9, 0, 1, 1, [1])], edges));
        Assert.Throws<ArgumentException>(() => new EdgeLearningInstance([new LearningTask(0, 1, 1, 0.9, 0, 1, 0, null)], edges));
        Assert.Throws<ArgumentException>(() => new EdgeLearningInstance([new LearningTask(0, 1, 1, 0.9, 0, 1, 1, null)], [new EdgeServer(0, 0)]));
        Assert.Throws<ArgumentException>(() => new EdgeLearningInstance([new LearningTask(0, 1, 1, 0.9, 0, 1, 1, null)], []));
    }
}
