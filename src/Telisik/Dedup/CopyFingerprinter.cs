using Telisik.Language;
using Telisik.Pipeline;

namespace Telisik.Dedup;

/// <summary>
/// Turns an article's words into a <see cref="CopyFingerprint"/>: a content hash, a MinHash signature over word
/// shingles and a hash-sampled set of shingles. Words are word and number tokens, lower-cased; punctuation is
/// ignored so re-spacing or re-punctuating a copy does not hide it. Immutable and thread-safe.
/// </summary>
public sealed class CopyFingerprinter(DedupOptions options)
{
    private readonly MinHasher _hasher = new(options.MinHashCount);

    /// <summary>The options in use.</summary>
    public DedupOptions Options => options;

    /// <summary>Fingerprints an analysed article from its tokens.</summary>
    public CopyFingerprint Fingerprint(AnalyzedArticle doc) => Fingerprint(doc.Text, doc.Tokens);

    /// <summary>Fingerprints <paramref name="text"/> tokenized as <paramref name="tokens"/>.</summary>
    public CopyFingerprint Fingerprint(string text, ReadOnlySpan<Token> tokens)
    {
        var words = new List<ulong>(tokens.Length);
        foreach (var t in tokens)
            if (t.Kind is TokenKind.Word or TokenKind.Number)
                words.Add(StableHash.OfLower(t.Of(text)));
        return FromWordHashes(words.ToArray());
    }

    /// <summary>Fingerprints a sequence of word hashes (each from <see cref="StableHash.OfLower"/>).</summary>
    public CopyFingerprint FromWordHashes(ReadOnlySpan<ulong> words)
    {
        if (words.Length == 0) return CopyFingerprint.Empty;
        var content = 0UL;
        foreach (var w in words) content = StableHash.Combine(content, w);

        var k = Math.Min(options.ShingleSize, words.Length);
        var shingles = new ulong[words.Length - k + 1];
        for (var i = 0; i < shingles.Length; i++)
        {
            var h = 0UL;
            for (var j = 0; j < k; j++) h = StableHash.Combine(h, words[i + j]);
            shingles[i] = h;
        }

        var sample = new List<uint>(shingles.Length / Math.Max(1, options.SampleModulus) + 1);
        foreach (var s in shingles)
            if (s % (ulong)options.SampleModulus == 0) sample.Add((uint)(s >> 32));
        sample.Sort();
        var distinct = sample.Count == 0 ? [] : Distinct(sample);

        return new CopyFingerprint(content, _hasher.Signature(shingles), distinct, words.Length);
    }

    private static uint[] Distinct(List<uint> sorted)
    {
        var n = 1;
        for (var i = 1; i < sorted.Count; i++)
            if (sorted[i] != sorted[n - 1]) sorted[n++] = sorted[i];
        return sorted.GetRange(0, n).ToArray();
    }

    /// <summary>Number of values present in both sorted distinct arrays.</summary>
    public static int SharedCount<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y) where T : struct, IComparable<T>
    {
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            var c = x[i].CompareTo(y[j]);
            if (c == 0) { shared++; i++; j++; }
            else if (c < 0) i++;
            else j++;
        }
        return shared;
    }
}
