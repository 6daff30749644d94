namespace Telisik.Stories;

/// <summary>Settings of <see cref="ArticleFeatureExtractor"/>.</summary>
public sealed record ArticleFeatureOptions
{
    /// <summary>Most terms kept per article (the most frequent); bounds stored size.</summary>
    public int MaxTerms { get; init; } = 150;

    /// <summary>Shortest term kept: shorter words are function words or fragments.</summary>
    public int MinTermLength { get; init; } = 3;

    /// <summary>Most entities kept per article (the most mentioned).</summary>
    public int MaxEntities { get; init; } = 30;

    /// <summary>When an article has no headline, take the words of its URL's slug as headline terms (news URLs
    /// usually spell the headline: <c>/zumi-zola-resmi-dicekal-kpk</c>).</summary>
    public bool SlugHeadTerms { get; init; } = true;

    /// <summary>Words a quote key is made of.</summary>
    public int QuoteKeyWords { get; init; } = 6;

    /// <summary>Copy-detection settings used to fingerprint.</summary>
    public Telisik.Dedup.DedupOptions Dedup { get; init; } = new();
}
