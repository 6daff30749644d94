using Telisik.Dedup;

namespace Telisik.Stories;

/// <summary>
/// What story clustering and copy detection keep of an article: compact, immutable and serialisable (strings,
/// numbers and arrays only), so a host stores it per article and restores the clusterer without re-analysing.
/// Built by <see cref="ArticleFeatureExtractor"/>.
/// </summary>
public sealed record ArticleFeatures
{
    /// <summary>The article's id.</summary>
    public required string Id { get; init; }

    /// <summary>The outlet, if known.</summary>
    public string? Outlet { get; init; }

    /// <summary>Publication time (the extractor falls back to the time of extraction's input when the article has none).</summary>
    public required DateTimeOffset Published { get; init; }

    /// <summary>The headline, or the lead sentence when the article has no headline.</summary>
    public string Headline { get; init; } = "";

    /// <summary>Term counts over the body (stems when the pipeline stemmed, else normalised words), most frequent first, capped.</summary>
    public IReadOnlyList<TermCount> Terms { get; init; } = [];

    /// <summary>Distinct terms of the headline and the lead sentence: the most salient words of a news text.</summary>
    public IReadOnlyList<string> HeadTerms { get; init; } = [];

    /// <summary>Normalised entity names (from the entity stage, else capitalised word sequences).</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Normalised figure keys ("value unit").</summary>
    public IReadOnlyList<string> Figures { get; init; } = [];

    /// <summary>Normalised quote keys (the first words of each direct quote).</summary>
    public IReadOnlyList<string> Quotes { get; init; } = [];

    /// <summary>Normalised names of the entities the entity stage typed as people (a subset of <see cref="Entities"/>),
    /// so that scoring can weigh people apart from places and bodies (<see cref="StoryOptions.PersonFactor"/>).</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>Resolved days (<c>yyyy-MM-dd</c>) of the day-precise time expressions in the lead (the first paragraph,
    /// at most its first two sentences): when the reported event happened. Empty when the lead states no day.</summary>
    public IReadOnlyList<string> LeadDates { get; init; } = [];

    /// <summary>Resolved days of every day-precise time expression in the text, distinct, in order of first mention.</summary>
    public IReadOnlyList<string> Dates { get; init; } = [];

    /// <summary>The copy-detection fingerprint.</summary>
    public CopyFingerprint Fingerprint { get; init; } = CopyFingerprint.Empty;
}
