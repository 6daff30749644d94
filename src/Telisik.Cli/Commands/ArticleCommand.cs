using System.CommandLine;
using System.Text.Json;
using Telisik.Cli.Output;
using Telisik.Serialization;

namespace Telisik.Cli.Commands;

/// <summary><c>telisik article ID</c>: one stored article with its cleaned text and extractions.</summary>
public static class ArticleCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string?> db, CliContext ctx)
    {
        var id = new Argument<string>("id") { Description = "Article id" };
        var format = CliOptions.Format();
        var cmd = new Command("article", "Show one stored article") { id, format };
        cmd.SetAction(parse =>
        {
            using var store = StoreLocator.OpenExisting(parse, db, ctx);
            if (store is null) return ExitCodes.Failure;
            var stored = store.GetArticle(parse.GetValue(id)!);
            if (stored is null) { ctx.Err.WriteLine($"error: no article '{parse.GetValue(id)}'"); return ExitCodes.NotFound; }
            var view = ArticleView.From(stored);
            if (parse.GetValue(format) == OutputFormat.Json) ctx.Out.WriteLine(JsonSerializer.Serialize(view, TelisikJson.Indented));
            else TextRenderer.Article(ctx.Out, view);
            return ExitCodes.Success;
        });
        return cmd;
    }
}
