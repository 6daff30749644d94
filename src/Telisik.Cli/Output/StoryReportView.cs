using Telisik.Stories.Report;

namespace Telisik.Cli.Output;

/// <summary>The JSON of <c>telisik story ID</c>: the story's fields, its articles, and the report's sections.</summary>
public sealed record StoryReportView(
    string Id,
    string? Title,
    int ArticleCount,
    int IndependentCount,
    IReadOnlyList<string> Outlets,
    string? FirstOutlet,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished,
    IReadOnlyList<OutletReport> OutletDetails,
    IReadOnlyList<ReportArticle> Articles,
    IReadOnlyList<QuantityReport> Figures,
    IReadOnlyList<SpeakerQuote> Quotes,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<EntityCount> Entities,
    IReadOnlyList<SummarySentence> Summary)
{
    /// <summary>Builds the view of a report.</summary>
    public static StoryReportView From(StoryReport r) =>
        new(r.Header.Id, r.Header.Title, r.Header.ArticleCount, r.Header.IndependentCount, r.Header.Outlets.Select(o => o.Name).ToArray(),
            r.Header.Outlets.FirstOrDefault()?.Name, r.Header.FirstPublished, r.Header.LastPublished, r.Header.Outlets, r.Articles,
            r.Figures, r.Quotes, r.Timeline, r.Entities, r.Summary);
}
