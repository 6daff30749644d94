using Telisik.Documents;

namespace Telisik.Storage;

/// <summary>An article as kept in a store: the article, its extractions, its content hash and its place in a story.</summary>
public sealed record StoredArticle(
    Article Article,
    ArticleAnalysis Analysis,
    string ContentHash,
    string? StoryId,
    string? CopyOf,
    string? Reason);
