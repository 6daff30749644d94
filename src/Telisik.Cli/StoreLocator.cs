using System.CommandLine;
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
    public static SqliteArticleStore? OpenExisting(ParseResult parse, Option<string?> db, CliContext ctx)
    {
        var path = PathFor(parse, db, ctx);
        if (!File.Exists(path))
        {
            ctx.Err.WriteLine($"error: no store at '{path}'. Run 'telisik ingest PATH' first, or pass --db.");
            return null;
        }
        return SqliteArticleStore.Open(path);
    }
}
