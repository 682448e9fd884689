using BenchmarkDotNet.Attributes;
using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Benchmarks.Engine;

/// <summary>
/// The cost of 64-bit-seeded streams against MathNet's 32-bit-seeded xoshiro, which instance generation used before
/// common random numbers: creating a stream and drawing what a 10^6-task instance draws (a real and a bounded integer
/// per task). The ratio of the two is what the switch costs generation.
/// </summary>
[MemoryDiagnoser]
public class RandomStreamBenchmarks
{
    private const int Draws = 1_000_000;

    private readonly ulong seed = 2026;

    [Benchmark(Baseline = true)]
    public double MathNetXoshiro32BitSeed() => Draw(new Xoshiro256StarStar(StableSeed.ToInt32(StableSeed.Derive(seed, "records")), threadSafe: false));

    [Benchmark]
    public double SeededRandom64BitSeed() => Draw(SeededRandom.For(seed, "records"));

    private static double Draw(System.Random random)
    {
        var sum = 0.0;
        for (var k = 0; k < Draws; k++)
        {
            sum += random.NextDouble() + random.Next(10_000);
        }
        return sum;
    }
}
