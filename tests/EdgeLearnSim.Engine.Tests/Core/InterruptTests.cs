namespace EdgeLearnSim.Engine.Tests.Core;

public sealed class InterruptTests
{
    [Fact]
    public void Interrupt_ResumesTheProcessAtOnceWithTheCause_AndTheOldEventIsIgnored()
    {
        var env = new SimulationEnvironment(1);
        var log = new List<string>();
        Timeout? longWait = null;
        IEnumerable<Event> Sleeper()
        {
            longWait = env.Timeout(10);
            yield return longWait;
            var interrupted = env.ActiveProcess!.HandleInterrupt(out var cause);
            log.Add($"{env.Now}: interrupted={interrupted} cause={cause}");
            yield return env.Timeout(20);
            interrupted = env.ActiveProcess!.HandleInterrupt(out cause);
            log.Add($"{env.Now}: interrupted={interrupted} cause={cause ?? "none"}");
        }
        var sleeper = env.Process(Sleeper(), "sleeper");
        IEnumerable<Event> Alarm()
        {
            yield return env.Timeout(4);
            sleeper.Interrupt("outage");
        }
        env.Process(Alarm(), "alarm");

        env.Run();

        Assert.Equal(["4: interrupted=True cause=outage", "24: interrupted=False cause=none"], log);
        Assert.True(longWait!.IsProcessed);
        Assert.False(sleeper.IsAlive);
    }

    [Fact]
    public void InterruptedProcess_WaitingAgainOnTheSameEvent_IsResumedOnce()
    {
        var env = new SimulationEnvironment(1);
        var resource = new Resource(env, 1);
        var holder = resource.Request();
        var resumptions = new List<(double Time, bool Interrupted)>();
        IEnumerable<Event> Patient()
        {
            using var request = resource.Request();
            while (true)
            {
                yield return request;
                var interrupted = env.ActiveProcess!.HandleInterrupt(out _);
                resumptions.Add((env.Now, interrupted));
                if (!interrupted)
                {
                    break;
                }
            }
        }
        var patient = env.Process(Patient(), "patient");
        IEnumerable<Event> Nagger()
        {
            yield return env.Timeout(1);
            patient.Interrupt();
            yield return env.Timeout(1);
            patient.Interrupt();
            yield return env.Timeout(1);
            resource.Release(holder);
        }
        env.Process(Nagger(), "nagger");

        env.Run();

        Assert.Equal([(1.0, true), (2.0, true), (3.0, false)], resumptions);
        Assert.Equal(0, resource.InUse);
    }

    [Fact]
    public void Interrupt_OfAnEndedProcessOrItself_Throws()
    {
        var env = new SimulationEnvironment(1);
        Exception? selfError = null;
        IEnumerable<Event> Self()
        {
            try
            {
                env.ActiveProcess!.Interrupt();
            }
            catch (InvalidOperationException e)
            {
                selfError = e;
            }
            yield return env.Timeout(1);
        }
        var p = env.Process(Self(), "self");

        env.Run();

        Assert.NotNull(selfError);
        Assert.Throws<InvalidOperationException>(() => p.Interrupt());
    }

    [Fact]
    public void Interrupt_AfterTheProcessEndedInTheSameInstant_IsDropped()
    {
        var env = new SimulationEnvironment(1);
        IEnumerable<Event> Short()
        {
            yield return env.Timeout(1);
        }
        var victim = env.Process(Short(), "victim");
        IEnumerable<Event> Interrupter()
        {
            yield return env.Timeout(1, null, -5);
            victim.Interrupt("late");
        }
        env.Process(Interrupter(), "interrupter");

        env.Run();

        Assert.False(victim.IsAlive);
        Assert.True(victim.IsOk);
    }
}
