using System.Numerics;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Engine.Random;

/// <summary>
/// A xoshiro256** stream seeded from a full 64-bit seed (expanded by SplitMix64), usable wherever MathNet takes a
/// <see cref="System.Random"/>. MathNet's own xoshiro takes a 32-bit seed, so streams derived for 10^5–10^6 keys
/// (replications, edges, tasks) would collide by the birthday bound; 64-bit seeds keep every derived stream distinct.
/// </summary>
public sealed class SeededRandom : RandomSource
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    /// <summary>The stream for a seed already derived (see <see cref="For(ulong, ReadOnlySpan{string})"/>).</summary>
    public SeededRandom(ulong seed)
        : base(threadSafe: false)
    {
        var state = seed;
        s0 = SplitMix(ref state);
        s1 = SplitMix(ref state);
        s2 = SplitMix(ref state);
        s3 = SplitMix(ref state);
    }

    /// <summary>The stream of one role: <paramref name="seed"/> mixed with <paramref name="labels"/> by <see cref="StableSeed"/>.</summary>
    public static SeededRandom For(ulong seed, params ReadOnlySpan<string> labels) => new(StableSeed.Derive(seed, labels));

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = BitOperations.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) from the top 53 bits.</summary>
    protected override double DoSample() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    protected override int DoSampleInteger() => (int)(NextUInt64() >> 33);

    protected override int DoSampleInteger(int maxExclusive) => (int)Bounded((ulong)maxExclusive);

    protected override int DoSampleInteger(int minInclusive, int maxExclusive) =>
        (int)(minInclusive + (long)Bounded((ulong)((long)maxExclusive - minInclusive)));

    protected override void DoSampleBytes(byte[] buffer)
    {
        for (var k = 0; k < buffer.Length; k += 8)
        {
            var bits = NextUInt64();
            for (var b = 0; b < 8 && k + b < buffer.Length; b++)
            {
                buffer[k + b] = (byte)(bits >> (8 * b));
            }
        }
    }

    protected override int DoSampleInt32WithNBits(int bitCount) => bitCount == 0 ? 0 : (int)(NextUInt64() >> (64 - bitCount));

    protected override long DoSampleInt64WithNBits(int bitCount) => bitCount == 0 ? 0 : (long)(NextUInt64() >> (64 - bitCount));

    // Lemire's multiply-and-reject: exactly uniform on [0, range) without a division in the common case.
    private ulong Bounded(ulong range)
    {
        var product = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = (0UL - range) % range;
            while (low < threshold)
            {
                product = Math.BigMul(NextUInt64(), range, out low);
            }
        }
        return product;
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
