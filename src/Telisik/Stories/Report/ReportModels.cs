using Telisik.Extraction.Entities;
using Telisik.Extraction.Figures;
using Telisik.Extraction.Quotes;

namespace Telisik.Stories.Report;

/// <summary>Everything <c>telisik story ID</c> shows: what every outlet reported, where they agree and differ, with evidence.</summary>
public sealed record StoryReport(
    StoryReportHeader Header,
    IReadOnlyList<QuantityReport> Figures,
    IReadOnlyList<SpeakerQuote> Quotes,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<EntityCount> Entities,
    IReadOnlyList<SummarySentence> Summary,
    IReadOnlyList<ReportArticle> Articles);

/// <summary>The story's header: title, span, size, independence, and outlets in order of first publication.</summary>
public sealed record StoryReportHeader(
    string Id,
    string? Title,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished,
    int ArticleCount,
    int IndependentCount,
    IReadOnlyList<OutletReport> Outlets);

/// <summary>An outlet in a story: when it first published and how many articles (copies counted apart).</summary>
public sealed record OutletReport(string Name, DateTimeOffset? FirstPublished, int Articles, int Copies);

/// <summary>One article of the story, for the report's list.</summary>
public sealed record ReportArticle(string Id, string? Outlet, DateTimeOffset? Published, bool PublishedInferred, string? Title, string? Url, string? CopyOf, string? Reason);

/// <summary>
/// Figures that count the same thing (one unit family, compatible subjects) across the story's articles. Disputed
/// when two claims about the same moment cannot both be true within their qualifiers' tolerance.
/// </summary>
public sealed record QuantityReport(string Quantity, string Unit, bool Disputed, IReadOnlyList<string> Conflicts, IReadOnlyList<FigureClaim> Claims);

/// <summary>
/// One outlet's figure: the value with its qualifier, who claims it, where and when, and the evidence
/// (<c>text[start..end]</c> of article <see cref="ArticleId"/> is the figure; <see cref="Sentence"/> its sentence).
/// </summary>
public sealed record FigureClaim(
    double Value,
    double? ValueMax,
    Approximation Approx,
    bool Exclusive,
    FigureTense Tense,
    string? When,
    string? Source,
    string ArticleId,
    string? Outlet,
    DateTimeOffset? Published,
    string Text,
    int Start,
    int End,
    string Sentence,
    int SentenceStart,
    int SentenceEnd);

/// <summary>A quotation reported by one or more articles, under its speaker.</summary>
public sealed record SpeakerQuote(string? Speaker, string? Role, string Text, QuoteKind Kind, IReadOnlyList<QuoteEvidence> Articles);

/// <summary>Where an article carries a quotation: <c>text[Start..End]</c> of that article.</summary>
public sealed record QuoteEvidence(string ArticleId, string? Outlet, int Start, int End);

/// <summary>A resolved date with the sentence that mentions it.</summary>
public sealed record TimelineEntry(string Date, string Granularity, string Text, string Expression, string ArticleId, string? Outlet, int Start, int End);

/// <summary>An entity with its mentions across the story.</summary>
public sealed record EntityCount(EntityType Type, string Name, IReadOnlyList<string> Aliases, int Count, int Articles);

/// <summary>A summary sentence: <c>text[Start..End]</c> of article <see cref="ArticleId"/>.</summary>
public sealed record SummarySentence(string Text, string ArticleId, string? Outlet, int Start, int End);
