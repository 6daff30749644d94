using Telisik.Storage;

namespace Telisik.Cli.Output;

/// <summary>A story as printed by <c>telisik stories</c> and <c>telisik story</c>.</summary>
public sealed record StoryView(
    string Id,
    string? Title,
    int ArticleCount,
    int IndependentCount,
    IReadOnlyList<string> Outlets,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished,
    IReadOnlyList<StoryArticleView> Articles)
{
    /// <summary>Builds the view from a summary and its articles.</summary>
    public static StoryView From(StorySummary s, IReadOnlyList<StoredArticle> articles) =>
        new(s.Id, s.Title, s.ArticleCount, s.IndependentCount, s.Outlets, s.FirstPublished, s.LastPublished,
            articles.Select(a => new StoryArticleView(a.Article.Id, a.Article.Outlet, a.Article.Url, a.Article.Published,
                a.Article.Title, a.CopyOf, a.Reason)).ToArray());
}

/// <summary>One article of a story: where it is from, and why it belongs.</summary>
public sealed record StoryArticleView(string Id, string? Outlet, string? Url, DateTimeOffset? Published, string? Title, string? CopyOf, string? Reason);
