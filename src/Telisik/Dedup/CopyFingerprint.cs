namespace Telisik.Dedup;

/// <summary>
/// What copy detection keeps of an article: compact, immutable and serialisable (arrays of integers), so a host
/// can store it per article and restore the index without re-analysing text.
/// </summary>
/// <param name="ContentHash">Hash of the normalised word sequence (exact duplicates).</param>
/// <param name="MinHash">MinHash signature over word shingles (near-duplicates).</param>
/// <param name="Sample">Sorted distinct 32-bit hashes of the shingles kept by hash sampling (edited copies).</param>
/// <param name="WordCount">Number of words the fingerprint was made from.</param>
public sealed record CopyFingerprint(ulong ContentHash, uint[] MinHash, uint[] Sample, int WordCount)
{
    /// <summary>The fingerprint of an empty text.</summary>
    public static CopyFingerprint Empty { get; } = new(0, [], [], 0);
}
