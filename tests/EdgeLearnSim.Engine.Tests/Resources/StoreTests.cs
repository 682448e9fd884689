namespace EdgeLearnSim.Engine.Tests.Resources;

public sealed class StoreTests
{
    [Fact]
    public void Store_DeliversItemsFirstInFirstOut_AndGetsWaitForPuts()
    {
        var env = new SimulationEnvironment(1);
        var store = new Store<string>(env);
        var received = new List<(double Time, string Item)>();
        IEnumerable<Event> Consumer()
        {
            for (var i = 0; i < 3; i++)
            {
                var get = store.Get();
                yield return get;
                received.Add((env.Now, get.Item));
            }
        }
        IEnumerable<Event> Producer()
        {
            yield return env.Timeout(1);
            yield return store.Put("a");
            yield return store.Put("b");
            yield return env.Timeout(2);
            yield return store.Put("c");
        }
        env.Process(Consumer(), "consumer");
        env.Process(Producer(), "producer");

        env.Run();

        Assert.Equal([(1.0, "a"), (1.0, "b"), (3.0, "c")], received);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Store_WithCapacity_BlocksPutsUntilThereIsRoom()
    {
        var env = new SimulationEnvironment(1);
        var store = new Store<int>(env, capacity: 2);
        var putDone = new List<(double Time, int Item)>();
        IEnumerable<Event> Producer()
        {
            for (var i = 0; i < 4; i++)
            {
                yield return store.Put(i);
                putDone.Add((env.Now, i));
            }
        }
        IEnumerable<Event> Consumer()
        {
            yield return env.Timeout(5);
            var get = store.Get();
            yield return get;
            Assert.Equal(0, get.Item);
            yield return env.Timeout(5);
            get = store.Get();
            yield return get;
            Assert.Equal(1, get.Item);
        }
        env.Process(Producer(), "producer");
        env.Process(Consumer(), "consumer");

        env.Run();

        Assert.Equal([(0.0, 0), (0.0, 1), (5.0, 2), (10.0, 3)], putDone);
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public void Store_ServesWaitingGetsInOrder()
    {
        var env = new SimulationEnvironment(1);
        var store = new Store<int>(env);
        var gets = Enumerable.Range(0, 5).Select(_ => store.Get()).ToArray();
        foreach (var item in new[] { 10, 11, 12, 13, 14 })
        {
            store.Put(item);
        }

        env.Run();

        Assert.Equal([10, 11, 12, 13, 14], gets.Select(g => g.Item));
        Assert.All(gets, g => Assert.Equal(g.Item, g.Value));
    }

    [Fact]
    public void CancelledGet_NeverTakesAnItem_TheNextGetDoes()
    {
        var env = new SimulationEnvironment(1);
        var store = new Store<string>(env);
        var first = store.Get();
        var second = store.Get();

        Assert.True(store.Cancel(first));
        Assert.False(store.Cancel(first));
        store.Put("x");
        env.Run();

        Assert.False(first.IsTriggered);
        Assert.True(first.IsCancelled);
        Assert.Equal("x", second.Item);
        Assert.False(store.Cancel(second));
        Assert.Equal(0, store.Count);
    }
}
