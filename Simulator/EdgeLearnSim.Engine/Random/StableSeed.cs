using System.Text;

namespace EdgeLearnSim.Engine.Random;

/// <summary>
/// Derives independent 64-bit seeds from a base seed and labels (scheduler name, cell id, replication)
/// with a hash that is the same on every machine and process. <c>string.GetHashCode</c> is randomised per
/// process and must never be used for this.
/// </summary>
public static class StableSeed
{
    /// <summary>Mixes <paramref name="baseSeed"/> with each label in order; the result depends on nothing else.</summary>
    public static ulong Derive(ulong baseSeed, params ReadOnlySpan<string> labels)
    {
        ulong state = Mix(baseSeed ^ 0x9E3779B97F4A7C15UL);
        foreach (var label in labels)
        {
            state = Mix(state ^ Fnv1a(label));
        }
        return state;
    }

    /// <summary>Mixes <paramref name="baseSeed"/> with integer labels (replication index, cell index).</summary>
    public static ulong Derive(ulong baseSeed, params ReadOnlySpan<long> labels)
    {
        ulong state = Mix(baseSeed ^ 0x9E3779B97F4A7C15UL);
        foreach (var label in labels)
        {
            state = Mix(state ^ unchecked((ulong)label));
        }
        return state;
    }

    /// <summary>Folds a 64-bit seed into the 32-bit seed that MathNet's random sources take.</summary>
    public static int ToInt32(ulong seed) => unchecked((int)(seed ^ (seed >> 32)));

    private static ulong Fnv1a(string text)
    {
        ulong hash = 0xcbf29ce484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 0x100000001b3UL;
        }
        return hash;
    }

    // SplitMix64 finaliser: a bijection with good avalanche, so nearby seeds give unrelated streams.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
