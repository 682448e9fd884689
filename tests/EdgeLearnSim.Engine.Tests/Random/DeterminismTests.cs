using System.Globalization;
using MathNet.Numerics.Distributions;

namespace EdgeLearnSim.Engine.Tests.Random;

public sealed class DeterminismTests
{
    [Fact]
    public void SameSeed_GivesAnIdenticalTrace_DifferentSeedADifferentOne()
    {
        var first = RunModel(seed: 99, out var firstCount);
        var second = RunModel(seed: 99, out var secondCount);
        var other = RunModel(seed: 100, out _);

        Assert.Equal(first, second);
        Assert.Equal(firstCount, secondCount);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void SameSeed_GivesTheSameTrace_WhateverTheThreads()
    {
        var expected = RunModel(seed: 5, out _);
        var traces = new string[8][];
        Parallel.For(0, traces.Length, i => traces[i] = RunModel(seed: 5, out _));
        Assert.All(traces, trace => Assert.Equal(expected, trace));
    }

    [Fact]
    public void Streams_DependOnlyOnSeedAndLabel()
    {
        var a = new SimulationEnvironment(17);
        var b = new SimulationEnvironment(17);
        _ = b.Random.NextDouble();
        _ = b.CreateStream("service").NextDouble();

        Assert.Equal(a.CreateStream("arrivals").NextDouble(), b.CreateStream("arrivals").NextDouble());
        Assert.NotEqual(a.CreateStream("arrivals").NextDouble(), a.CreateStream("service").NextDouble());
    }

    [Fact]
    public void Golden_FirstDrawsAndEventCountForSeed42()
    {
        var env = new SimulationEnvironment(42);
        var draws = new[]
        {
            env.Random.NextDouble(),
            env.Random.NextDouble(),
            env.CreateStream("arrivals").NextDouble(),
        };
        var trace = RunModel(seed: 42, out var eventCount);

        Assert.Equal(GoldenDraws, draws.Select(d => d.ToString("R", CultureInfo.InvariantCulture)));
        Assert.Equal(GoldenEventCount, eventCount);
        Assert.Equal(GoldenFirstTraceLines, trace.Take(GoldenFirstTraceLines.Length));
    }

    private static readonly string[] GoldenDraws = ["0.08386297105988216", "0.3789802506626686", "0.868416645686074"];
    private const long GoldenEventCount = 1009;
    private static readonly string[] GoldenFirstTraceLines =
    [
        "0.1410836729373025 arrive 0",
        "0.1410836729373025 start 0",
        "0.21427209536177194 leave 0",
        "4.583784257714838 arrive 1",
    ];

    // A small shop: random arrivals on one stream, random service on another, two clerks, a supervisor who
    // interrupts a clerk now and then; every line of the trace is one thing that happened.
    private static string[] RunModel(ulong seed, out long eventCount)
    {
        var env = new SimulationEnvironment(seed);
        var arrivals = env.CreateStream("arrivals");
        var service = env.CreateStream("service");
        var clerks = new Resource(env, 2);
        var trace = new List<string>();
        void Log(string what) => trace.Add(string.Create(CultureInfo.InvariantCulture, $"{env.Now:R} {what}"));

        IEnumerable<Event> Customer(int id)
        {
            Log($"arrive {id}");
            using var request = clerks.Request();
            yield return request;
            Log($"start {id}");
            yield return env.Timeout(Exponential.Sample(service, 1.5));
            Log($"leave {id}");
        }
        IEnumerable<Event> Source()
        {
            for (var id = 0; id < 200; id++)
            {
                yield return env.Timeout(Exponential.Sample(arrivals, 1.0));
                env.Process(Customer(id), $"customer-{id}");
            }
        }
        IEnumerable<Event> Sleeper()
        {
            while (true)
            {
                yield return env.Timeout(Exponential.Sample(env.Random, 0.1));
                if (env.ActiveProcess!.HandleInterrupt(out var cause))
                {
                    Log($"woken {cause}");
                    yield break;
                }
                Log("nap over");
            }
        }
        var sleeper = env.Process(Sleeper(), "sleeper");
        IEnumerable<Event> Supervisor()
        {
            yield return env.Timeout(Exponential.Sample(env.Random, 0.05));
            if (sleeper.IsAlive)
            {
                sleeper.Interrupt("by supervisor");
            }
        }
        env.Process(Source(), "source");
        env.Process(Supervisor(), "supervisor");
        env.Run();
        eventCount = env.ProcessedEventCount;
        return [.. trace];
    }
}
