using System.CommandLine;
using Telisik.Search;
using Telisik.Sqlite;

namespace Telisik.Cli;

/// <summary>Finds and opens the store a command works on: --db, else $TELISIK_DB, else ./telisik.db.</summary>
public static class StoreLocator
{
    /// <summary>The store path for this invocation.</summary>
    public static string PathFor(ParseResult parse, Option<string?> db, CliContext ctx) =>
        parse.GetValue(db) is { Length: > 0 } p ? p
        : ctx.Env("TELISIK_DB") is { Length: > 0 } e ? e
        : "telisik.db";

    /// <summary>Opens an existing store; null (with a message on stderr) when there is none.</summary>
    /// <param name="rebuildStaleIndex">Rebuild the search index first when a schema upgrade emptied it (commands that search).</param>
    /// <param name="rankWindow">The search ranking window (<see cref="SqliteArticleStore.DefaultRankWindow"/> when null).</param>
    public static SqliteArticleStore? OpenExisting(ParseResult parse, Option<string?> db, CliContext ctx, bool rebuildStaleIndex = false, int? rankWindow = null)
    {
        var path = PathFor(parse, db, ctx);
        if (!File.Exists(path))
        {
            ctx.Err.WriteLine($"error: no store at '{path}'. Run 'telisik ingest PATH' first, or pass --db.");
            return null;
        }
        var window = rankWindow ?? SqliteArticleStore.DefaultRankWindow;
        return rebuildStaleIndex ? OpenForSearch(path, ctx, window) : SqliteArticleStore.Open(path, window);
    }

    /// <summary>Opens (creating if needed) a store, rebuilding its search index once if a schema upgrade emptied it.</summary>
    public static SqliteArticleStore OpenForSearch(string path, CliContext ctx, int rankWindow = SqliteArticleStore.DefaultRankWindow)
    {
        var store = SqliteArticleStore.Open(path, rankWindow);
        if (!store.SearchIndexStale) return store;
        ctx.Err.WriteLine($"This store was made by an older Telisik: rebuilding its search index once ({store.CountArticles()} articles).");
        var n = SearchIndexRebuilder.Rebuild(store, count => ctx.Err.WriteLine($"reindex: {count} articles"));
        ctx.Err.WriteLine($"reindexed {n} articles");
        return store;
    }
}
