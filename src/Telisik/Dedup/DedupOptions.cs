namespace Telisik.Dedup;

/// <summary>
/// Settings of copy detection. Defaults were chosen by measurement on copies generated from IndoSum
/// (<c>tools/Telisik.Eval.Stories syndication</c>; see <c>bench/results/stories.md</c>).
/// </summary>
public sealed record DedupOptions
{
    /// <summary>Words per shingle. 3-grams: the unit the NEWS-COPY study measures overlap in.</summary>
    public int ShingleSize { get; init; } = 3;

    /// <summary>MinHash signature length; must equal <see cref="Bands"/> × <see cref="RowsPerBand"/>.</summary>
    public int MinHashCount { get; init; } = 64;

    /// <summary>LSH bands. 16 bands of 4 rows retrieve pairs around Jaccard ≥ 0.5 with high probability.</summary>
    public int Bands { get; init; } = 16;

    /// <summary>Rows per LSH band.</summary>
    public int RowsPerBand { get; init; } = 4;

    /// <summary>One shingle in this many is kept in the containment sample (hash-based, so copies keep the same ones).</summary>
    public int SampleModulus { get; init; } = 8;

    /// <summary>MinHash Jaccard estimate at or above which two texts are near-duplicates.</summary>
    public double NearDuplicateJaccard { get; init; } = 0.6;

    /// <summary>Share of the shorter text's sampled shingles found in the other text at or above which it is an edited copy.</summary>
    public double EditedCopyContainment { get; init; } = 0.5;

    /// <summary>Share of the longer text's sampled shingles that must also be shared: a long article quoting a few
    /// paragraphs of an earlier one as background contains it, but is not a copy of it.</summary>
    public double EditedCopyCoverage { get; init; } = 0.3;

    /// <summary>Fewest shared sampled shingles for an edited copy: short texts sharing one quote are not copies.</summary>
    public int MinSharedSample { get; init; } = 6;

    /// <summary>Texts with fewer words are never compared (too little evidence).</summary>
    public int MinWords { get; init; } = 25;

    /// <summary>A sampled shingle held by more live articles than this is boilerplate and is not used to retrieve candidates.</summary>
    public int MaxPostingLength { get; init; } = 64;

    /// <summary>How far apart in publication time a copy and its original may be; older articles leave the index.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(3);
}
