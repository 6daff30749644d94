using System.CommandLine;
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
            var n = SearchIndexRebuilder.Rebuild(store, count => ctx.Err.WriteLine($"reindex: {count} articles"));
            ctx.Err.WriteLine($"reindexed {n} articles");
            return ExitCodes.Success;
        });
        return cmd;
    }
}
