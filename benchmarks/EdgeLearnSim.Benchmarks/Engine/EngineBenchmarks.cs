using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Engine;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Benchmarks.Engine;

/// <summary>
/// Engine throughput. Each benchmark's OperationsPerInvoke is its exact event count, so BenchmarkDotNet's
/// per-operation time is the time per event and "Allocated" is bytes per event; the bare
/// <see cref="PriorityQueue{TElement, TPriority}"/> hold loop is the baseline of the Ratio column.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private const int HoldProcesses = 1_000;
    private const int HoldSteps = 1_000;

    // Every process adds its start and its end to the timeouts it waits for.
    private const int HoldEvents = (HoldProcesses * HoldSteps) + (2 * HoldProcesses);
    private const int ContentionResources = 10;
    private const int SmallContentionProcesses = 10_000;
    private const int LargeContentionProcesses = 1_000_000;

    // Start, grant, hold timeout, end.
    private const int EventsPerContentionProcess = 4;

    /// <summary>The seed of every run; a field so that each run is an instance benchmark as BenchmarkDotNet requires.</summary>
    [Params(1UL)]
    public ulong Seed { get; set; }

    /// <summary>A bare <see cref="PriorityQueue{TElement, TPriority}"/> hold loop with 1,000 pending entries: one dequeue and one enqueue per event.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = HoldProcesses * HoldSteps)]
    public double BarePriorityQueueHold()
    {
        var rng = new Xoshiro256StarStar(EdgeLearnSim.Engine.Random.StableSeed.ToInt32(Seed), threadSafe: false);
        var queue = new PriorityQueue<int, double>(HoldProcesses);
        for (var i = 0; i < HoldProcesses; i++)
        {
            queue.Enqueue(i, Exponential.Sample(rng, 1.0));
        }
        var now = 0.0;
        for (var step = 0; step < HoldProcesses * HoldSteps; step++)
        {
            queue.TryDequeue(out var id, out now);
            queue.Enqueue(id, now + Exponential.Sample(rng, 1.0));
        }
        return now;
    }

    /// <summary>(a) 1,000 processes started at 0, each waiting 1,000 exponential(mean 1) timeouts.</summary>
    [Benchmark(OperationsPerInvoke = HoldEvents)]
    public double HoldTimeouts()
    {
        var env = new SimulationEnvironment(Seed);
        for (var i = 0; i < HoldProcesses; i++)
        {
            env.Process(Hold(env), "hold");
        }
        env.Run();
        return Checked(env, HoldEvents);
    }

    /// <summary>(b) 10 capacity-1 resources, 10,000 processes started at 0, each holding a random one for exponential(mean 1).</summary>
    [Benchmark(OperationsPerInvoke = SmallContentionProcesses * EventsPerContentionProcess)]
    public double Contention10K() => RunContention(SmallContentionProcesses);

    /// <summary>(b') as (b) with 1,000,000 processes.</summary>
    [Benchmark(OperationsPerInvoke = LargeContentionProcesses * EventsPerContentionProcess)]
    public double Contention1M() => RunContention(LargeContentionProcesses);

    private double RunContention(int processes)
    {
        var env = new SimulationEnvironment(Seed);
        var resources = new Resource[ContentionResources];
        for (var i = 0; i < resources.Length; i++)
        {
            resources[i] = new Resource(env, 1);
        }
        for (var i = 0; i < processes; i++)
        {
            env.Process(Contend(env, resources), "contend");
        }
        env.Run();
        return Checked(env, (long)processes * EventsPerContentionProcess);
    }

    private static IEnumerable<Event> Hold(SimulationEnvironment env)
    {
        var rng = env.Random;
        for (var step = 0; step < HoldSteps; step++)
        {
            yield return env.Timeout(Exponential.Sample(rng, 1.0));
        }
    }

    private static IEnumerable<Event> Contend(SimulationEnvironment env, Resource[] resources)
    {
        var rng = env.Random;
        var resource = resources[rng.Next(resources.Length)];
        using var request = resource.Request();
        yield return request;
        yield return env.Timeout(Exponential.Sample(rng, 1.0));
    }

    // OperationsPerInvoke must be the true event count, or the per-event figures would be wrong.
    private static double Checked(SimulationEnvironment env, long expectedEvents) =>
        env.ProcessedEventCount == expectedEvents
            ? env.Now
            : throw new InvalidOperationException($"Expected {expectedEvents} events, processed {env.ProcessedEventCount}.");
}
