using System.CommandLine;
using System.Text.Json;
using Telisik.Cli.Output;
using Telisik.Serialization;
using Telisik.Storage;

namespace Telisik.Cli.Commands;

/// <summary><c>telisik stories</c>: lists stories, newest first.</summary>
public static class StoriesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string?> db, CliContext ctx)
    {
        var limit = new Option<int?>("--limit", "-n") { Description = "Show at most N stories (default: all)" };
        var format = CliOptions.Format();
        var cmd = new Command("stories", "List stories, newest first") { limit, format };
        cmd.SetAction(parse =>
        {
            using var store = StoreLocator.OpenExisting(parse, db, ctx);
            if (store is null) return ExitCodes.Failure;
            var n = parse.GetValue(limit) ?? int.MaxValue;
            if (n < 0) { ctx.Err.WriteLine("error: --limit must be 0 or more"); return ExitCodes.Usage; }
            var stories = store.ListStories(n).Select(s => StoryView.From(s, store.GetStoryArticles(s.Id))).ToList();
            if (parse.GetValue(format) == OutputFormat.Json) ctx.Out.WriteLine(JsonSerializer.Serialize(stories, TelisikJson.Indented));
            else foreach (var s in stories) TextRenderer.StoryLine(ctx.Out, s);
            return ExitCodes.Success;
        });
        return cmd;
    }
}
