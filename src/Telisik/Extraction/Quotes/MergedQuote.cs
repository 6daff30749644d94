namespace Telisik.Extraction.Quotes;

/// <summary>
/// One quotation as a story reports it: the fullest wording, the speaker most articles name, and every article's
/// report (<see cref="Sources"/>, in input order).
/// </summary>
public sealed record MergedQuote(QuoteKind Kind, string Text, string? Speaker, string? SpeakerRole, IReadOnlyList<QuoteSource> Sources)
{
    /// <summary>The distinct ids of the articles that report this quotation.</summary>
    public IReadOnlyList<string> ArticleIds => Sources.Select(s => s.ArticleId).Distinct().ToArray();
}
