namespace EdgeLearnSim.Engine.Tests.Core;

public sealed class ConditionTests
{
    [Fact]
    public void AnyOf_SucceedsWithTheFirstEvent()
    {
        var env = new SimulationEnvironment(1);
        var slow = env.Timeout(5, "slow");
        var fast = env.Timeout(2, "fast");
        double at = -1;
        IReadOnlyList<Event>? value = null;
        IEnumerable<Event> Body()
        {
            var any = env.AnyOf(slow, fast);
            yield return any;
            at = env.Now;
            value = (IReadOnlyList<Event>)any.Value!;
        }
        env.Process(Body(), "any");

        env.Run();

        Assert.Equal(2.0, at);
        Assert.Equal([fast], value!);
    }

    [Fact]
    public void AllOf_SucceedsWhenTheLastEventIsProcessed()
    {
        var env = new SimulationEnvironment(1);
        var events = new Event[] { env.Timeout(3), env.Timeout(1), env.Timeout(2) };
        double at = -1;
        IEnumerable<Event> Body()
        {
            var all = env.AllOf(events);
            yield return all;
            at = env.Now;
            Assert.Equal(events, (IReadOnlyList<Event>)all.Value!);
        }
        env.Process(Body(), "all");

        env.Run();

        Assert.Equal(3.0, at);
    }

    [Fact]
    public void Conditions_OverProcessedOrNoEvents_SucceedAtOnce()
    {
        var env = new SimulationEnvironment(1);
        var done = env.Timeout(1);
        env.Run();

        var all = env.AllOf(done);
        var empty = env.AnyOf();
        var mixed = env.AnyOf(done, env.Timeout(10));
        env.Run(env.Now + 1);

        Assert.True(all.IsProcessed && all.IsOk);
        Assert.True(empty.IsProcessed && empty.IsOk);
        Assert.True(mixed.IsProcessed && mixed.IsOk);
    }

    [Fact]
    public void Conditions_FailWhenAnEventFails()
    {
        var env = new SimulationEnvironment(1);
        var failing = env.Event();
        var error = new TimeoutException("lost");
        var all = env.AllOf(env.Timeout(1), failing);
        var any = env.AnyOf(env.Timeout(10), failing);
        IEnumerable<Event> Breaker()
        {
            yield return env.Timeout(2);
            failing.Fail(error);
        }
        env.Process(Breaker(), "breaker");

        env.Run();

        Assert.False(all.IsOk);
        Assert.Same(error, all.Error);
        Assert.False(any.IsOk);
        Assert.Same(error, any.Error);
    }

    [Fact]
    public void AnyOf_TimeoutRace_ThePatternForDeadlines()
    {
        var env = new SimulationEnvironment(1);
        var resource = new Resource(env, 1);
        var holder = resource.Request();
        var outcome = "";
        IEnumerable<Event> Impatient()
        {
            using var request = resource.Request();
            var deadline = env.Timeout(3);
            yield return env.AnyOf(request, deadline);
            outcome = request.IsProcessed ? "served" : $"gave up at {env.Now}";
        }
        env.Process(Impatient(), "impatient");

        env.Run();

        Assert.Equal("gave up at 3", outcome);
        Assert.Equal(0, resource.QueueLength);
        Assert.Equal(1, resource.InUse);
        resource.Release(holder);
        Assert.Equal(0, resource.InUse);
    }
}
