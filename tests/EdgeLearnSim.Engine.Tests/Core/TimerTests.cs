using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Engine.Tests.Core;

public sealed class TimerTests
{
    [Fact]
    public void Timers_InterleaveWithTimeouts_AsTimeoutsCreatedAtTheSamePoint()
    {
        var rng = new Xoshiro256StarStar(StableSeed.ToInt32(11), threadSafe: false);
        for (var round = 0; round < 100; round++)
        {
            var env = new SimulationEnvironment((ulong)round);
            var fired = new List<(long Tag, double Time)>();
            var target = new Recorder(env, fired);
            var expected = new List<(double Time, long Tag)>();
            var count = rng.Next(1, 300);
            for (var i = 0; i < count; i++)
            {
                // Few distinct times, so ties between timers and timeouts are common.
                var delay = rng.Next(0, 10) / 2.0;
                long tag = i;
                expected.Add((delay, tag));
                if (rng.Next(2) == 0)
                {
                    env.SetTimer(delay, target, tag);
                }
                else
                {
                    env.Timeout(delay).AddCallback(_ => fired.Add((tag, env.Now)));
                }
            }

            env.Run();

            Assert.Equal(expected.OrderBy(e => e.Time).ThenBy(e => e.Tag).Select(e => (e.Tag, e.Time)), fired);
        }
    }

    [Fact]
    public void UrgentTimer_RunsBeforeNormalEventsOfItsInstant_AfterEarlierUrgentOnes()
    {
        var env = new SimulationEnvironment(1);
        var fired = new List<(long Tag, double Time)>();
        var target = new Recorder(env, fired);
        env.Timeout(1).AddCallback(_ =>
        {
            env.Timeout(0).AddCallback(_ => fired.Add((100, env.Now)));
            env.SetTimer(0, target, 101);
            env.SetUrgentTimer(target, 102);
            env.SetUrgentTimer(target, 103);
        });

        env.Run();

        Assert.Equal([(102, 1.0), (103, 1.0), (100, 1.0), (101, 1.0)], fired);
        Assert.Equal(5, env.ProcessedEventCount);
    }

    [Fact]
    public void Timers_AllocateNothingOnceWarm()
    {
        var env = new SimulationEnvironment(1);
        var target = new Repeater(env);
        env.SetTimer(1, target, 1_000);
        env.Run();
        env.SetTimer(1, target, 10_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        env.Run();

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(11_002, env.ProcessedEventCount);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    public void SetTimer_RejectsADelayATimeoutWouldReject(double delay)
    {
        var env = new SimulationEnvironment(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => env.SetTimer(delay, new Repeater(env), 0));
        Assert.Equal(0, env.ScheduledEventCount);
    }

    private sealed class Recorder(SimulationEnvironment env, List<(long Tag, double Time)> fired) : ITimerTarget
    {
        public void OnTimer(long tag) => fired.Add((tag, env.Now));
    }

    /// <summary>Counts its tag down, one timer per unit.</summary>
    private sealed class Repeater(SimulationEnvironment env) : ITimerTarget
    {
        public void OnTimer(long tag)
        {
            if (tag > 0)
            {
                env.SetTimer(0.5, this, tag - 1);
            }
        }
    }
}
