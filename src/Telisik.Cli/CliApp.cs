using System.CommandLine;
using Telisik.Cli.Commands;
using Telisik.Storage;

namespace Telisik.Cli;

/// <summary>The <c>telisik</c> command line: builds the command tree and runs it against a <see cref="CliContext"/>.</summary>
public static class CliApp
{
    /// <summary>Builds the root command.</summary>
    public static RootCommand Build(CliContext ctx)
    {
        var db = CliOptions.Db();
        var root = new RootCommand("Telisik: turns news articles from many outlets into stories, with who said what, which figures each outlet cites, and when.")
        {
            db,
            IngestCommand.Create(db, ctx),
            StoriesCommand.Create(db, ctx),
            StoryCommand.Create(db, ctx),
            ArticleCommand.Create(db, ctx),
            SearchCommand.Create(db, ctx),
            ExportCommand.Create(db, ctx),
            ReindexCommand.Create(db, ctx),
            AnalyzeCommand.Create(ctx),
            DemoCommand.Create(ctx),
        };
        return root;
    }

    /// <summary>Runs the command line; returns the exit code. Store problems become messages, not stack traces.</summary>
    public static int Run(string[] args, CliContext ctx)
    {
        var parse = Build(ctx).Parse(args);
        try
        {
            var code = parse.Invoke(new InvocationConfiguration { Output = ctx.Out, Error = ctx.Err, EnableDefaultExceptionHandler = false });
            return parse.Errors.Count > 0 ? ExitCodes.Usage : code;
        }
        catch (StoreException e)
        {
            ctx.Err.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
