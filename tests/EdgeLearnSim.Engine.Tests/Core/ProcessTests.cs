namespace EdgeLearnSim.Engine.Tests.Core;

public sealed class ProcessTests
{
    [Fact]
    public void Process_WaitsForAnotherProcessAndSeesItEnd()
    {
        var env = new SimulationEnvironment(1);
        var log = new List<string>();
        IEnumerable<Event> Child()
        {
            yield return env.Timeout(3);
            log.Add($"child done at {env.Now}");
        }
        IEnumerable<Event> Parent()
        {
            var child = env.Process(Child(), "child");
            Assert.True(child.IsAlive);
            yield return child;
            Assert.False(child.IsAlive);
            Assert.True(child.IsOk);
            log.Add($"parent resumed at {env.Now}");
        }
        var parent = env.Process(Parent(), "parent");

        env.Run();

        Assert.Equal(["child done at 3", "parent resumed at 3"], log);
        Assert.False(parent.IsAlive);
        Assert.Null(env.ActiveProcess);
    }

    [Fact]
    public void Process_YieldingAnAlreadyProcessedEvent_ContinuesAtOnce()
    {
        var env = new SimulationEnvironment(1);
        var done = env.Timeout(1);
        var resumedAt = -1.0;
        IEnumerable<Event> Late()
        {
            yield return env.Timeout(2);
            yield return done;
            resumedAt = env.Now;
        }
        env.Process(Late(), "late");

        env.Run();

        Assert.Equal(2.0, resumedAt);
    }

    [Fact]
    public void ActiveProcess_IsTheRunningProcess()
    {
        var env = new SimulationEnvironment(1);
        Process? seen = null;
        IEnumerable<Event> Body()
        {
            seen = env.ActiveProcess;
            yield return env.Timeout(1);
        }
        var p = env.Process(Body(), "me");

        env.Run();

        Assert.Same(p, seen);
        Assert.Null(env.ActiveProcess);
    }

    [Fact]
    public void FailedEvent_IsVisibleToTheWaitingProcess()
    {
        var env = new SimulationEnvironment(1);
        var signal = env.Event();
        var error = new InvalidOperationException("link down");
        bool? ok = null;
        Exception? seen = null;
        IEnumerable<Event> Waiter()
        {
            yield return signal;
            ok = signal.IsOk;
            seen = signal.Error;
        }
        IEnumerable<Event> Breaker()
        {
            yield return env.Timeout(1);
            signal.Fail(error);
        }
        env.Process(Waiter(), "waiter");
        env.Process(Breaker(), "breaker");

        env.Run();

        Assert.False(ok);
        Assert.Same(error, seen);
        Assert.Null(signal.Value);
    }

    [Fact]
    public void ExceptionInBody_SurfacesFromRun_NamingTheProcess()
    {
        var env = new SimulationEnvironment(1);
        IEnumerable<Event> Faulty()
        {
            yield return env.Timeout(2.5);
            throw new InvalidOperationException("boom");
        }
        env.Process(Faulty(), "uploader-7");

        var thrown = Assert.Throws<ProcessFailedException>(env.Run);

        Assert.Contains("uploader-7", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("boom", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("uploader-7", thrown.ProcessName);
        Assert.Equal(2.5, thrown.Time);
        Assert.IsType<InvalidOperationException>(thrown.InnerException);
    }

    [Fact]
    public void ExceptionBeforeFirstYield_AlsoSurfaces()
    {
        var env = new SimulationEnvironment(1);
        IEnumerable<Event> Faulty()
        {
            if (env.Now == 0)
            {
                throw new ArgumentException("bad start");
            }
            yield break;
        }
        env.Process(Faulty(), "starter");

        var thrown = Assert.Throws<ProcessFailedException>(() => env.Run(10.0));

        Assert.Contains("starter", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void YieldingNull_IsAnErrorNamingTheProcess()
    {
        var env = new SimulationEnvironment(1);
        IEnumerable<Event> Body()
        {
            yield return null!;
        }
        env.Process(Body(), "nuller");

        var thrown = Assert.Throws<ProcessFailedException>(env.Run);

        Assert.Contains("nuller", thrown.Message, StringComparison.Ordinal);
    }
}
