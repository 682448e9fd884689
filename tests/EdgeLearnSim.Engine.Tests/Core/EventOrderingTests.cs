using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Engine.Tests.Core;

public sealed class EventOrderingTests
{
    [Fact]
    public void Timeouts_FireInTimeThenPriorityThenCreationOrder()
    {
        var env = new SimulationEnvironment(1);
        var fired = new List<string>();
        void Track(Event e) => fired.Add((string)e.Value!);
        env.Timeout(2, "t2").AddCallback(Track);
        env.Timeout(1, "t1-p0-first").AddCallback(Track);
        env.Timeout(1, "t1-p5", 5).AddCallback(Track);
        env.Timeout(1, "t1-p0-second").AddCallback(Track);
        env.Timeout(1, "t1-p-3", -3).AddCallback(Track);
        env.Timeout(0, "t0").AddCallback(Track);

        env.Run();

        Assert.Equal(["t0", "t1-p-3", "t1-p0-first", "t1-p0-second", "t1-p5", "t2"], fired);
        Assert.Equal(2.0, env.Now);
        Assert.Equal(6, env.ProcessedEventCount);
    }

    [Fact]
    public void Queue_MatchesSortByTimePrioritySequence_OnThousandsOfRandomSchedules()
    {
        var rng = new Xoshiro256StarStar(StableSeed.ToInt32(7), threadSafe: false);
        for (var round = 0; round < 200; round++)
        {
            var env = new SimulationEnvironment((ulong)round);
            var expected = new List<(double Time, int Priority, int Sequence)>();
            var fired = new List<int>();
            var count = rng.Next(1, 400);
            for (var i = 0; i < count; i++)
            {
                // Few distinct times and priorities, so ties are common.
                double time = rng.Next(0, 20) / 4.0;
                var priority = rng.Next(-2, 3);
                var sequence = i;
                expected.Add((time, priority, sequence));
                env.Timeout(time, null, priority).AddCallback(_ => fired.Add(sequence));
            }

            env.Run();

            var order = expected.OrderBy(e => e.Time).ThenBy(e => e.Priority).ThenBy(e => e.Sequence).Select(e => e.Sequence);
            Assert.Equal(order, fired);
        }
    }

    [Fact]
    public void EveryProcessedEvent_IsTheSmallestPending_AgainstABruteForceModel()
    {
        var rng = new Xoshiro256StarStar(StableSeed.ToInt32(8), threadSafe: false);
        for (var round = 0; round < 20; round++)
        {
            var env = new SimulationEnvironment((ulong)round);
            var pending = new SortedSet<(double Time, int Priority, long Sequence)>();
            long sequence = 0;
            var processed = 0;
            var target = rng.Next(500, 5000);
            void ScheduleRandom()
            {
                // Coarse delays and few priorities make ties on time, and on time and priority, common.
                var delay = rng.Next(0, 3) == 0 ? 0.0 : rng.Next(0, 40) * 0.125;
                var priority = rng.Next(0, 2) == 0 ? 0 : rng.Next(-2, 3);
                var key = (env.Now + delay, priority, sequence++);
                pending.Add(key);
                env.Timeout(delay, null, priority).AddCallback(_ => OnFired(key));
            }
            void OnFired((double Time, int Priority, long Sequence) key)
            {
                Assert.Equal(pending.Min, key);
                pending.Remove(key);
                processed++;
                var children = processed < target ? rng.Next(0, 3) : 0;
                for (var i = 0; i < children; i++)
                {
                    ScheduleRandom();
                }
            }
            for (var i = 0; i < rng.Next(1, 600); i++)
            {
                ScheduleRandom();
            }

            env.Run();

            Assert.Empty(pending);
            Assert.Equal(sequence, env.ProcessedEventCount);
        }
    }

    [Fact]
    public void Events_ScheduledWhileRunning_InterleaveWithTheQueueInOrder()
    {
        var rng = new Xoshiro256StarStar(11, threadSafe: false);
        var env = new SimulationEnvironment(3);
        var times = new List<double>();
        void Chain(Event e)
        {
            times.Add(env.Now);
            if (times.Count < 20_000)
            {
                env.Timeout(rng.Next(0, 5) * 0.5).AddCallback(Chain);
            }
        }
        for (var i = 0; i < 50; i++)
        {
            env.Timeout(rng.NextDouble()).AddCallback(Chain);
        }

        env.Run();

        Assert.True(times.Count >= 20_000);
        for (var i = 1; i < times.Count; i++)
        {
            Assert.True(times[i] >= times[i - 1], $"clock went back at event {i}");
        }
    }

    [Fact]
    public void Clock_IsADouble_ThousandTinyTimeoutsAddUpExactly()
    {
        var env = new SimulationEnvironment(1);
        IEnumerable<Event> Tick()
        {
            for (var i = 0; i < 1000; i++)
            {
                yield return env.Timeout(1e-8);
            }
        }
        env.Process(Tick(), "tick");

        env.Run();

        Assert.True(Math.Abs(env.Now - 1e-5) <= 1e-12 * 1e-5, $"clock at {env.Now:R}");
    }

    [Fact]
    public void ProcessStart_PrecedesNormalEventsOfTheSameInstant()
    {
        var env = new SimulationEnvironment(1);
        var log = new List<string>();
        env.Timeout(0).AddCallback(_ => log.Add("timeout"));
        IEnumerable<Event> Body()
        {
            log.Add("started");
            yield break;
        }
        env.Process(Body(), "p");

        env.Run();

        Assert.Equal(["started", "timeout"], log);
    }

    [Fact]
    public void LargeBurstsAtOneInstant_KeepTheirOrder()
    {
        const int Count = 9_000;
        var env = new SimulationEnvironment(1);
        var log = new List<int>();
        var signals = new Event[Count];
        for (var i = 0; i < Count; i++)
        {
            signals[i] = env.Event();
            var id = i;
            signals[i].AddCallback(_ => log.Add(-1 - id));
        }
        IEnumerable<Event> Body(int id)
        {
            log.Add(id);
            yield return env.Timeout(0);
            log.Add(Count + id);
            signals[id].Succeed();
        }
        for (var i = 0; i < Count; i++)
        {
            env.Process(Body(i), "burst");
        }

        env.Run();

        // Starts are urgent; the zero-delay timeouts follow in creation order; each signal was triggered after all
        // the timeouts were queued, so the signals come last, in order.
        var expected = Enumerable.Range(0, 2 * Count).Concat(Enumerable.Range(0, Count).Select(i => -1 - i));
        Assert.Equal(expected, log);
        Assert.Equal(0.0, env.Now);
    }

    [Fact]
    public void RunUntilTime_ProcessesEventsStrictlyBeforeAndSetsTheClock()
    {
        var env = new SimulationEnvironment(1);
        var fired = new List<double>();
        foreach (var t in new[] { 1.0, 2.0, 3.0 })
        {
            env.Timeout(t).AddCallback(_ => fired.Add(env.Now));
        }

        env.Run(2.0);
        Assert.Equal([1.0], fired);
        Assert.Equal(2.0, env.Now);

        env.Run(2.5);
        Assert.Equal([1.0, 2.0], fired);
        Assert.Equal(2.5, env.Now);
        Assert.Throws<ArgumentOutOfRangeException>(() => env.Run(1.0));

        env.Run();
        Assert.Equal([1.0, 2.0, 3.0], fired);
    }

    [Fact]
    public void RunUntilEvent_StopsRightAfterTheEventAndThrowsIfItCanNeverHappen()
    {
        var env = new SimulationEnvironment(1);
        var target = env.Timeout(5);
        env.Timeout(7);

        env.Run(target);

        Assert.True(target.IsProcessed);
        Assert.Equal(5.0, env.Now);
        Assert.Equal(1, env.ScheduledEventCount);

        var never = env.Event();
        Assert.Throws<InvalidOperationException>(() => env.Run(never));
        Assert.Equal(7.0, env.Now);
    }

    [Fact]
    public void Event_SucceedOrFailOnlyOnce_AndCallbacksRunInOrder()
    {
        var env = new SimulationEnvironment(1);
        var e = env.Event();
        var log = new List<int>();
        e.AddCallback(_ => log.Add(1));
        e.AddCallback(_ => log.Add(2));
        e.AddCallback(_ => log.Add(3));
        Assert.False(e.IsTriggered);

        e.Succeed(42);

        Assert.True(e.IsTriggered);
        Assert.False(e.IsProcessed);
        Assert.Throws<InvalidOperationException>(() => e.Succeed());
        Assert.Throws<InvalidOperationException>(() => e.Fail(new InvalidOperationException()));
        env.Run();
        Assert.True(e.IsProcessed);
        Assert.True(e.IsOk);
        Assert.Equal(42, e.Value);
        Assert.Equal([1, 2, 3], log);
        Assert.Throws<InvalidOperationException>(() => e.AddCallback(_ => { }));
    }

    [Fact]
    public void Timeout_RejectsNegativeOrNonFiniteDelays()
    {
        var env = new SimulationEnvironment(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => env.Timeout(-1e-9));
        Assert.Throws<ArgumentOutOfRangeException>(() => env.Timeout(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => env.Timeout(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => env.Timeout(1, null, SimulationEnvironment.MaxPriority + 1));
    }
}
