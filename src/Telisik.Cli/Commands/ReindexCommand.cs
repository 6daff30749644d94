using System.CommandLine;
using Telisik.Pipeline;
using Telisik.Search;

namespace Telisik.Cli.Commands;

/// <summary><c>telisik reindex</c>: rebuilds the full-text index from the stored texts (after an analyser change).</summary>
public static class ReindexCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string?> db, CliContext ctx)
    {
        var cmd = new Command("reindex", "Rebuild the full-text search index with the current analyser");
        cmd.SetAction(parse =>
        {
            using var store = StoreLocator.OpenExisting(parse, db, ctx);
            if (store is null) return ExitCodes.Failure;
            var pipeline = DefaultPipeline.CreateLanguageOnly();
            var analyzer = SearchAnalyzer.CreateDefault();
            var n = 0;
            var docs = store.ArticleIds().ToList().Select(id =>
            {
                var stored = store.GetArticle(id)!;
                if (++n % 1000 == 0) ctx.Err.WriteLine($"reindex: {n} articles");
                return (id, analyzer.Document(pipeline.Analyze(stored.Article)));
            });
            store.ReplaceSearchDocuments(docs);
            ctx.Err.WriteLine($"reindexed {n} articles");
            return ExitCodes.Success;
        });
        return cmd;
    }
}
