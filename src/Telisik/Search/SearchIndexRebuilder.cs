using Telisik.Pipeline;
using Telisik.Storage;

namespace Telisik.Search;

/// <summary>
/// Rebuilds a store's full-text index from its stored texts with the current analyser: after an analyser change
/// (<c>telisik reindex</c>) or when a schema upgrade left the index empty (<see cref="IArticleStore.SearchIndexStale"/>).
/// </summary>
public static class SearchIndexRebuilder
{
    /// <summary>Re-analyses and re-indexes every stored article; <paramref name="progress"/> gets the running count.</summary>
    /// <returns>The number of articles indexed.</returns>
    public static int Rebuild(IArticleStore store, Action<int>? progress = null)
    {
        var pipeline = DefaultPipeline.CreateLanguageOnly();
        var analyzer = SearchAnalyzer.CreateDefault();
        var n = 0;
        var docs = store.ArticleIds().ToList().Select(id =>
        {
            var stored = store.GetArticle(id) ?? throw new InvalidOperationException($"article '{id}' vanished during the rebuild");
            if (++n % 1000 == 0) progress?.Invoke(n);
            return (id, analyzer.Document(pipeline.Analyze(stored.Article)));
        });
        store.ReplaceSearchDocuments(docs);
        return n;
    }
}
