using Telisik.Search;

namespace Telisik.Storage;

/// <summary>
/// Where articles, their extractions and their stories are kept. Implementations: SQLite (embedded default) and,
/// for shared servers, PostgreSQL. Every write of <see cref="SaveBatch"/> is atomic: a killed process leaves either
/// the whole batch or none of it.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>The id of a stored article with this content hash, if any.</summary>
    string? FindByContentHash(string contentHash);

    /// <summary>The content hash of the stored article with this id, if any.</summary>
    string? ContentHashOf(string id);

    /// <summary>Stores articles with their story memberships, story headers and story merges in one transaction.</summary>
    void SaveBatch(StoreBatch batch);

    /// <summary>One article, or null.</summary>
    StoredArticle? GetArticle(string id);

    /// <summary>Articles of a story, oldest first (the story id may be a merged one's, which redirects).</summary>
    IReadOnlyList<StoredArticle> GetStoryArticles(string storyId);

    /// <summary>The surviving id of a story id (itself, or where a merge redirected it); null when unknown.</summary>
    string? ResolveStoryId(string storyId);

    /// <summary>Stories, newest first.</summary>
    IReadOnlyList<StorySummary> ListStories(int limit, int offset = 0);

    /// <summary>One story's summary, or null.</summary>
    StorySummary? GetStory(string storyId);

    /// <summary>
    /// Stored memberships with the features the story assigner saved, in storage order, for restoring its state:
    /// those published within <paramref name="window"/> of the newest stored article (all when null), and undated ones.
    /// </summary>
    IEnumerable<StoredMembership> LoadMemberships(TimeSpan? window = null);

    /// <summary>Number of stored articles.</summary>
    int CountArticles();

    /// <summary>All stored article ids in storage order (for export).</summary>
    IEnumerable<string> ArticleIds();

    /// <summary>
    /// Full-text search: <paramref name="expression"/> is in index forms (see <see cref="SearchAnalyzer"/>), null for
    /// filters only. Ranked by BM25 (title and lead weigh more); hits come without snippets.
    /// </summary>
    SearchResults Search(QueryNode? expression, SearchFilters filters, SearchOptions options);

    /// <summary>The cleaned texts and languages of several articles at once (for snippets); unknown ids are left out.</summary>
    IReadOnlyDictionary<string, (string Text, string Language)> GetTexts(IReadOnlyCollection<string> ids);

    /// <summary>
    /// True when the full-text index must be rebuilt from the stored texts before searching (a schema upgrade emptied
    /// it); <see cref="SearchIndexRebuilder"/> does that, and a pass over every stored article clears it.
    /// </summary>
    bool SearchIndexStale { get; }

    /// <summary>Replaces the full-text index documents of stored articles (after an analyser change).</summary>
    void ReplaceSearchDocuments(IEnumerable<(string ArticleId, SearchDocument Document)> documents);
}
