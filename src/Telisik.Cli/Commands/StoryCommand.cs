using System.CommandLine;
using System.Text.Json;
using Telisik.Cli.Output;
using Telisik.Serialization;
using Telisik.Storage;

namespace Telisik.Cli.Commands;

/// <summary><c>telisik story ID</c>: one story with its articles and why each belongs.</summary>
public static class StoryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string?> db, CliContext ctx)
    {
        var id = new Argument<string>("id") { Description = "Story id (an id merged into another story redirects to it)" };
        var format = CliOptions.Format();
        var cmd = new Command("story", "Show one story") { id, format };
        cmd.SetAction(parse =>
        {
            using var store = StoreLocator.OpenExisting(parse, db, ctx);
            if (store is null) return ExitCodes.Failure;
            var view = Find(store, parse.GetValue(id)!);
            if (view is null) { ctx.Err.WriteLine($"error: no story '{parse.GetValue(id)}'"); return ExitCodes.NotFound; }
            Print(view, parse.GetValue(format), ctx.Out);
            return ExitCodes.Success;
        });
        return cmd;
    }

    /// <summary>The story's view, or null.</summary>
    public static StoryView? Find(IArticleStore store, string id) =>
        store.GetStory(id) is { } s ? StoryView.From(s, store.GetStoryArticles(s.Id)) : null;

    /// <summary>Prints a story in the given format.</summary>
    public static void Print(StoryView view, OutputFormat format, TextWriter w)
    {
        if (format == OutputFormat.Json) w.WriteLine(JsonSerializer.Serialize(view, TelisikJson.Indented));
        else TextRenderer.Story(w, view);
    }
}
