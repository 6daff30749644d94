using System.CommandLine;
using Telisik.Sqlite;

namespace Telisik.Cli.Commands;

/// <summary><c>telisik demo</c>: ingests the bundled sample articles into a temporary store and prints the top story.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var format = CliOptions.Format();
        var cmd = new Command("demo", "Ingest the bundled sample articles into a temporary store and show the top story") { format };
        cmd.SetAction(parse =>
        {
            var samples = Path.Combine(AppContext.BaseDirectory, "samples");
            var inputs = new[] { Path.Combine(samples, "articles"), Path.Combine(samples, "articles.jsonl") }.Where(p => Path.Exists(p)).ToArray();
            if (inputs.Length == 0)
            {
                ctx.Err.WriteLine($"error: the bundled samples are missing from '{samples}'");
                return ExitCodes.Failure;
            }
            var dir = Directory.CreateTempSubdirectory("telisik-demo-");
            try
            {
                using var store = SqliteArticleStore.Open(Path.Combine(dir.FullName, "telisik.db"));
                var report = IngestCommand.Run(store, inputs, ctx);
                var stories = store.ListStories(int.MaxValue);
                ctx.Err.WriteLine($"demo: {report.Stored} sample articles from {inputs.Length} inputs -> {stories.Count} stories; the largest:");
                // The top story: the one with the most independent reports, then the most outlets.
                var top = stories.OrderByDescending(s => s.IndependentCount).ThenByDescending(s => s.Outlets.Count).ThenByDescending(s => s.LastPublished).First();
                StoryCommand.Print(StoryCommand.Report(store, top.Id)!, parse.GetValue(format), ctx.Out);
                return ExitCodes.Success;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                dir.Delete(recursive: true);
            }
        });
        return cmd;
    }
}
