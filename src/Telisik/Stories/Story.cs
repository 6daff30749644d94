namespace Telisik.Stories;

/// <summary>A snapshot of a story: articles reporting one event.</summary>
/// <param name="Id">Stable id, derived from the founding article's id.</param>
/// <param name="Title">Representative title: the headline most similar to the story's other articles.</param>
/// <param name="FirstPublished">Earliest publication time.</param>
/// <param name="LastPublished">Latest publication time.</param>
/// <param name="Outlets">Distinct outlets, in order of first appearance.</param>
/// <param name="Articles">Articles in publication order.</param>
public sealed record Story(
    string Id,
    string Title,
    DateTimeOffset FirstPublished,
    DateTimeOffset LastPublished,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<StoryArticle> Articles)
{
    /// <summary>Number of articles.</summary>
    public int ArticleCount => Articles.Count;

    /// <summary>Number of articles that are not copies of another: independent reports.</summary>
    public int IndependentCount => Articles.Count(a => a.CopyOf is null);
}
