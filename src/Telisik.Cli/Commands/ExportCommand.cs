using System.CommandLine;
using System.Text;
using System.Text.Json;
using Telisik.Cli.Output;
using Telisik.Serialization;
using Telisik.Storage;

namespace Telisik.Cli.Commands;

/// <summary><c>telisik export</c>: writes every story or article as JSONL or CSV, streaming, uncapped.</summary>
public static class ExportCommand
{
    /// <summary>What to export.</summary>
    public enum ExportWhat
    {
        /// <summary>One row per story, with its article ids.</summary>
        Stories,
        /// <summary>One row per article, with its cleaned text and extractions (JSONL) or metadata and text (CSV).</summary>
        Articles,
    }

    /// <summary>The file format.</summary>
    public enum ExportFormat
    {
        /// <summary>One JSON object a line.</summary>
        Jsonl,
        /// <summary>RFC 4180 CSV with a header row.</summary>
        Csv,
    }

    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string?> db, CliContext ctx)
    {
        var what = new Argument<ExportWhat>("what") { Description = "stories or articles", DefaultValueFactory = _ => ExportWhat.Stories };
        var format = new Option<ExportFormat>("--format", "-f") { Description = "jsonl or csv", DefaultValueFactory = _ => ExportFormat.Jsonl };
        var cmd = new Command("export", "Write all stories or articles as JSONL or CSV for other tools") { what, format };
        cmd.SetAction(parse =>
        {
            using var store = StoreLocator.OpenExisting(parse, db, ctx);
            if (store is null) return ExitCodes.Failure;
            var n = parse.GetValue(what) == ExportWhat.Stories
                ? Stories(store, parse.GetValue(format), ctx.Out)
                : Articles(store, parse.GetValue(format), ctx.Out);
            ctx.Err.WriteLine($"exported {n} {parse.GetValue(what).ToString().ToLowerInvariant()}");
            return ExitCodes.Success;
        });
        return cmd;
    }

    private static int Stories(IArticleStore store, ExportFormat format, TextWriter w)
    {
        if (format == ExportFormat.Csv) w.WriteLine("id,title,articleCount,independentCount,outlets,firstPublished,lastPublished,articleIds");
        var n = 0;
        const int page = 500;
        for (var offset = 0; ; offset += page)
        {
            var stories = store.ListStories(page, offset);
            foreach (var s in stories)
            {
                var view = StoryView.From(s, store.GetStoryArticles(s.Id));
                if (format == ExportFormat.Jsonl) w.WriteLine(JsonSerializer.Serialize(view, TelisikJson.Compact));
                else w.WriteLine(Csv(view.Id, view.Title, view.ArticleCount, view.IndependentCount, string.Join("; ", view.Outlets),
                    view.FirstPublished, view.LastPublished, string.Join(" ", view.Articles.Select(a => a.Id))));
                n++;
            }
            if (stories.Count < page) return n;
        }
    }

    private static int Articles(IArticleStore store, ExportFormat format, TextWriter w)
    {
        if (format == ExportFormat.Csv) w.WriteLine("id,outlet,url,published,publishedInferred,language,title,storyId,copyOf,text");
        var n = 0;
        foreach (var id in store.ArticleIds())
        {
            if (store.GetArticle(id) is not { } a) continue;
            var v = ArticleView.From(a);
            if (format == ExportFormat.Jsonl) w.WriteLine(JsonSerializer.Serialize(v, TelisikJson.Compact));
            else w.WriteLine(Csv(v.Id, v.Outlet, v.Url, v.Published, v.PublishedInferredFrom is not null, v.Language, v.Title, v.StoryId, v.CopyOf, v.Text));
            n++;
        }
        return n;
    }

    /// <summary>One CSV row: fields quoted when they hold a comma, quote or line break; quotes doubled.</summary>
    public static string Csv(params object?[] fields)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) sb.Append(',');
            var s = fields[i] switch
            {
                null => "",
                DateTimeOffset d => d.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                var o => Convert.ToString(o, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            };
            if (s.IndexOfAny([',', '"', '\n', '\r']) >= 0) sb.Append('"').Append(s.Replace("\"", "\"\"")).Append('"');
            else sb.Append(s);
        }
        return sb.ToString();
    }
}
