namespace Telisik.Dedup;

/// <summary>
/// Deterministic 64-bit hashing for fingerprints and ids. <see cref="string.GetHashCode()"/> is randomised per
/// process, so anything persisted or compared across runs (story ids, stored fingerprints) must use this instead.
/// </summary>
public static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a over the characters, finished with a SplitMix64 mix so low bits are well distributed.</summary>
    public static ulong Of(ReadOnlySpan<char> s)
    {
        var h = FnvOffset;
        foreach (var c in s) { h ^= c; h *= FnvPrime; }
        return Mix(h);
    }

    /// <summary>FNV-1a over the lower-cased characters (invariant culture).</summary>
    public static ulong OfLower(ReadOnlySpan<char> s)
    {
        var h = FnvOffset;
        foreach (var c in s) { h ^= char.ToLowerInvariant(c); h *= FnvPrime; }
        return Mix(h);
    }

    /// <summary>Combines an ordered pair of hashes.</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a * 31 + b + 0x9E3779B97F4A7C15UL);

    /// <summary>The SplitMix64 finaliser.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Lower-case hex of the hash, <paramref name="digits"/> long (at most 16).</summary>
    public static string Hex(ulong h, int digits = 12) => h.ToString("x16")[..Math.Clamp(digits, 1, 16)];
}
