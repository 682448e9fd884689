using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Engine.Tests.Resources;

public sealed class ResourceTests
{
    [Fact]
    public void Resource_GrantsInRequestOrder_AndNeverExceedsCapacity()
    {
        var env = new SimulationEnvironment(1);
        var resource = new Resource(env, 2);
        var granted = new List<int>();
        var maxInUse = 0;
        IEnumerable<Event> User(int id)
        {
            using var request = resource.Request();
            yield return request;
            granted.Add(id);
            maxInUse = Math.Max(maxInUse, resource.InUse);
            yield return env.Timeout(1 + (id % 3));
        }
        for (var id = 0; id < 10; id++)
        {
            env.Process(User(id), $"user-{id}");
        }

        env.Run(0.5);
        Assert.Equal(2, resource.InUse);
        Assert.Equal(8, resource.QueueLength);
        env.Run();

        Assert.Equal(Enumerable.Range(0, 10), granted);
        Assert.Equal(2, maxInUse);
        Assert.Equal(0, resource.InUse);
        Assert.Equal(0, resource.QueueLength);
    }

    [Fact]
    public void Resource_StartTimes_MatchAHandComputedFifoMultiServerQueue()
    {
        var rng = new Xoshiro256StarStar(2024, threadSafe: false);
        for (var round = 0; round < 300; round++)
        {
            var capacity = rng.Next(1, 5);
            var count = rng.Next(1, 60);
            var arrivals = new double[count];
            var services = new double[count];
            var t = 0.0;
            for (var i = 0; i < count; i++)
            {
                t += rng.Next(0, 3) == 0 ? 0.0 : Exponential.Sample(rng, 1.0);
                arrivals[i] = t;
                services[i] = Exponential.Sample(rng, 0.8);
            }

            var env = new SimulationEnvironment((ulong)round);
            var resource = new Resource(env, capacity);
            var starts = new double[count];
            IEnumerable<Event> Customer(int i)
            {
                yield return env.Timeout(arrivals[i]);
                using var request = resource.Request();
                yield return request;
                Assert.True(resource.InUse <= capacity);
                starts[i] = env.Now;
                yield return env.Timeout(services[i]);
            }
            for (var i = 0; i < count; i++)
            {
                env.Process(Customer(i), $"c{i}");
            }
            env.Run();

            // Brute force: FIFO over c servers means customer i starts when it arrives or when the earliest
            // server frees up, whichever is later.
            var freeAt = new PriorityQueue<double, double>();
            for (var s = 0; s < capacity; s++)
            {
                freeAt.Enqueue(0.0, 0.0);
            }
            for (var i = 0; i < count; i++)
            {
                var expected = Math.Max(arrivals[i], freeAt.Dequeue());
                freeAt.Enqueue(expected + services[i], expected + services[i]);
                Assert.Equal(expected, starts[i], 9);
            }
        }
    }

    [Fact]
    public void DisposingAWaitingRequest_WithdrawsItWithoutTakingAServer()
    {
        var env = new SimulationEnvironment(1);
        var resource = new Resource(env, 1);
        var first = resource.Request();
        var second = resource.Request();
        var third = resource.Request();
        Assert.Equal(2, resource.QueueLength);

        second.Dispose();
        Assert.Equal(1, resource.QueueLength);
        Assert.Equal(ResourceRequestStatus.Withdrawn, second.Status);

        resource.Release(first);
        resource.Release(first);
        env.Run();

        Assert.True(third.IsOk);
        Assert.False(second.IsTriggered);
        Assert.Equal(1, resource.InUse);
        Assert.Equal(0, resource.QueueLength);
        third.Dispose();
        Assert.Equal(0, resource.InUse);
    }

    [Fact]
    public void Release_OfAnotherResourcesRequest_Throws()
    {
        var env = new SimulationEnvironment(1);
        var a = new Resource(env, 1);
        var b = new Resource(env, 1);
        Assert.Throws<ArgumentException>(() => b.Release(a.Request()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Resource(env, 0));
    }
}
