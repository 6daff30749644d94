using System.CommandLine;
using System.Text.Json;
using Telisik.Cli.Output;
using Telisik.Serialization;
using Telisik.Storage;
using Telisik.Stories.Report;

namespace Telisik.Cli.Commands;

/// <summary><c>telisik story ID</c>: one story with its articles and why each belongs.</summary>
public static class StoryCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string?> db, CliContext ctx)
    {
        var id = new Argument<string>("id") { Description = "Story id (an id merged into another story redirects to it)" };
        var format = CliOptions.Format();
        var cmd = new Command("story", "Show one story's report: figures compared across outlets, quotes by speaker, timeline, entities, summary") { id, format };
        cmd.SetAction(parse =>
        {
            using var store = StoreLocator.OpenExisting(parse, db, ctx);
            if (store is null) return ExitCodes.Failure;
            var report = Report(store, parse.GetValue(id)!);
            if (report is null) { ctx.Err.WriteLine($"error: no story '{parse.GetValue(id)}'"); return ExitCodes.NotFound; }
            Print(report, parse.GetValue(format), ctx.Out);
            return ExitCodes.Success;
        });
        return cmd;
    }

    /// <summary>The story's report, or null when there is no such story.</summary>
    public static StoryReport? Report(IArticleStore store, string id) =>
        store.GetStory(id) is { } s ? StoryReportBuilder.CreateDefault().Build(s, store.GetStoryArticles(s.Id)) : null;

    /// <summary>Prints a story report in the given format.</summary>
    public static void Print(StoryReport report, OutputFormat format, TextWriter w)
    {
        if (format == OutputFormat.Json) w.WriteLine(JsonSerializer.Serialize(StoryReportView.From(report), TelisikJson.Indented));
        else ReportRenderer.Write(w, report, markdown: format == OutputFormat.Markdown);
    }
}
