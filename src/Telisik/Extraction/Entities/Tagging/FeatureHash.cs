namespace Telisik.Extraction.Entities.Tagging;

/// <summary>
/// The hashing behind the tagger's features: a feature is its template number mixed with one to three values,
/// so no feature string is ever built. The mixing is fixed forever: the shipped model's weights depend on it.
/// </summary>
internal static class FeatureHash
{
    /// <summary>Value for "no token here" before the sentence.</summary>
    public const uint Before = 0x5bd1e995u;

    /// <summary>Value for "no token here" after the sentence.</summary>
    public const uint After = 0x1b873593u;

    /// <summary>Mixes two values into one well-spread hash (murmur3's finaliser over a multiply-xor).</summary>
    public static uint Mix(uint a, uint b)
    {
        var h = (a * 0x9E3779B1u) ^ b;
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }

    /// <summary>A template with one value.</summary>
    public static uint Of(uint template, uint a) => Mix(Mix(template + 0x100u, a), 0x27d4eb2du);

    /// <summary>A template with two values.</summary>
    public static uint Of(uint template, uint a, uint b) => Mix(Mix(template + 0x100u, a), b);

    /// <summary>A template with three values.</summary>
    public static uint Of(uint template, uint a, uint b, uint c) => Mix(Mix(Mix(template + 0x100u, a), b), c);

    /// <summary>FNV-1a step over one character.</summary>
    public static uint Add(uint h, char c) => (h ^ c) * 16777619u;

    /// <summary>FNV-1a offset basis.</summary>
    public const uint Seed = 2166136261u;
}
