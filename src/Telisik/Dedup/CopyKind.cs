namespace Telisik.Dedup;

/// <summary>How an article was recognised as a copy of another.</summary>
public enum CopyKind
{
    /// <summary>The cleaned texts are identical (same content hash).</summary>
    Exact,
    /// <summary>Most word shingles are shared (MinHash Jaccard estimate above the near-duplicate threshold).</summary>
    NearDuplicate,
    /// <summary>An edited copy: a large part of the shorter text's sampled shingles appears in the other text
    /// (new lead, dateline swap, trimmed end, inserted boilerplate).</summary>
    EditedCopy,
}
