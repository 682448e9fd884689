using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;

namespace EdgeLearnSim.Core.Tests.Scheduling.Heuristics;

public class SafetyNetTests
{
    public static TheoryData<string> IterativeSchedulers() => ["annealing", "multi-phase", "local-search"];

    private static IScheduler Create(string name) => name switch
    {
        "annealing" => new AnnealingScheduler(),
        "multi-phase" => new MultiPhaseScheduler(),
        _ => new LocalSearchScheduler(),
    };

    [Theory]
    [MemberData(nameof(IterativeSchedulers))]
    public void Scheduler_WhenCancelled_ReturnsValidScheduleMarkedCancelled(string name)
    {
        var instance = TestInstances.Random(200, 10, TestTopology.OneToMore, 4);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var result = Create(name).Schedule(instance, new SchedulerContext(1, Cancellation: cancellation.Token));
        Assert.Equal(ExitReason.Cancelled, result.Exit);
        Assert.Equal(instance.TaskCount, result.EdgeOf.Count);
        Assert.Equal(Assignments.Loads(instance, result.EdgeOf).Max(), result.Makespan);
    }

    [Theory]
    [MemberData(nameof(IterativeSchedulers))]
    public void Scheduler_WhenWallClockLimitIsZero_ReturnsValidScheduleMarkedWallClock(string name)
    {
        var instance = TestInstances.Random(200, 10, TestTopology.FullyConnected, 4);
        var result = Create(name).Schedule(instance, new SchedulerContext(1, WallClockLimit: TimeSpan.Zero));
        Assert.Equal(ExitReason.WallClockLimit, result.Exit);
        Assert.Equal(instance.TaskCount, result.EdgeOf.Count);
    }

    [Fact]
    public void Parameters_OutOfRange_AreRejected()
    {
        Assert.Throws<ArgumentException>(() => new AnnealingScheduler(rounds: -1));
        Assert.Throws<ArgumentException>(() => new AnnealingScheduler(cooling: 0));
        Assert.Throws<ArgumentException>(() => new AnnealingScheduler(cooling: 1.5));
        Assert.Throws<ArgumentException>(() => new AnnealingScheduler(initialTemperatureFraction: -0.1));
        Assert.Throws<ArgumentException>(() => new LocalSearchScheduler(work: -1));
        Assert.Throws<ArgumentException>(() => new LocalSearchScheduler(work: double.NaN));
        Assert.Throws<ArgumentException>(() => new LocalSearchScheduler(destroy: 0));
        Assert.Throws<ArgumentException>(() => new LocalSearchScheduler(temperature: -0.1));
        Assert.Throws<ArgumentException>(() => AnnealingScheduler.Descriptor.Create(new SchedulerParameters(new Dictionary<string, double> { ["rounds"] = 2.5 })));
    }
}
