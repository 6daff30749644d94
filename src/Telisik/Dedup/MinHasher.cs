namespace Telisik.Dedup;

/// <summary>
/// Computes MinHash signatures over 64-bit shingle hashes with multiply-shift hash functions (one odd multiplier
/// and one offset per signature slot, derived deterministically so signatures are comparable across runs).
/// Immutable and thread-safe.
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] _a;
    private readonly ulong[] _b;

    /// <summary>Creates a hasher producing signatures of <paramref name="count"/> slots.</summary>
    public MinHasher(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _a = new ulong[count];
        _b = new ulong[count];
        var state = 0x5EED5EED5EED5EEDUL;
        for (var i = 0; i < count; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            _a[i] = StableHash.Mix(state) | 1UL;
            state += 0x9E3779B97F4A7C15UL;
            _b[i] = StableHash.Mix(state);
        }
    }

    /// <summary>Signature length.</summary>
    public int Count => _a.Length;

    /// <summary>The signature of a set of shingle hashes (duplicates are harmless). An empty set gives all-max slots.</summary>
    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var sig = new uint[_a.Length];
        Array.Fill(sig, uint.MaxValue);
        for (var i = 0; i < _a.Length; i++)
        {
            var a = _a[i];
            var b = _b[i];
            var min = uint.MaxValue;
            foreach (var x in shingles)
            {
                var v = (uint)((a * x + b) >> 32);
                if (v < min) min = v;
            }
            sig[i] = min;
        }
        return sig;
    }

    /// <summary>Share of equal slots: an unbiased estimate of the Jaccard similarity of the two shingle sets.</summary>
    public static double EstimateJaccard(ReadOnlySpan<uint> x, ReadOnlySpan<uint> y)
    {
        if (x.Length == 0 || x.Length != y.Length) return 0;
        var same = 0;
        for (var i = 0; i < x.Length; i++) if (x[i] == y[i]) same++;
        return (double)same / x.Length;
    }
}
