using System.CommandLine;
using System.Text.Json;
using Telisik.Cli.Output;
using Telisik.Search;
using Telisik.Serialization;

namespace Telisik.Cli.Commands;

/// <summary><c>telisik search QUERY</c>: finds articles (or stories) by words, phrases and filters.</summary>
public static class SearchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string?> db, CliContext ctx)
    {
        var query = new Argument<string[]>("query")
        {
            Description = "Words (all must match), OR, \"phrases\", -exclusions, prefix*, (groups), filters outlet: lang: from: to: entity: story:",
            Arity = ArgumentArity.OneOrMore,
        };
        var stories = new Option<bool>("--stories") { Description = "List matching stories instead of articles" };
        var limit = new Option<int>("--limit", "-n") { Description = "Results per page", DefaultValueFactory = _ => 20 };
        var offset = new Option<int>("--offset") { Description = "Skip this many results" };
        var window = new Option<int>("--window")
        {
            Description = "Rank, count and facet at most this many of the newest matches (larger: more exhaustive, slower)",
            DefaultValueFactory = _ => Sqlite.SqliteArticleStore.DefaultRankWindow,
        };
        var format = CliOptions.Format();
        var cmd = new Command("search", "Search articles or stories") { query, stories, limit, offset, window, format };
        cmd.SetAction(parse =>
        {
            if (parse.GetValue(window) < 1)
            {
                ctx.Err.WriteLine("error: --window must be at least 1");
                return ExitCodes.Usage;
            }
            using var store = StoreLocator.OpenExisting(parse, db, ctx, rebuildStaleIndex: true, rankWindow: parse.GetValue(window));
            if (store is null) return ExitCodes.Failure;
            var text = string.Join(' ', parse.GetValue(query)!);
            var options = new SearchOptions(Math.Clamp(parse.GetValue(limit), 1, 1000), Math.Max(0, parse.GetValue(offset)));
            var searcher = new Searcher(store, SearchAnalyzer.CreateDefault());
            var json = parse.GetValue(format) == OutputFormat.Json;
            try
            {
                if (parse.GetValue(stories))
                {
                    var (total, hits) = searcher.SearchStories(text, options);
                    if (json) ctx.Out.WriteLine(JsonSerializer.Serialize(new { query = text, total, stories = hits }, TelisikJson.Indented));
                    else SearchRenderer.Stories(ctx.Out, total, hits, ctx.Color);
                }
                else
                {
                    var results = searcher.Search(text, options);
                    if (json) ctx.Out.WriteLine(JsonSerializer.Serialize(new { query = text, results.Total, results.TotalIsLowerBound, results.Sampled, results.Hits, facets = new { outlets = results.Outlets, days = results.Days } }, TelisikJson.Indented));
                    else SearchRenderer.Articles(ctx.Out, results, ctx.Color);
                }
                return ExitCodes.Success;
            }
            catch (QueryParseException e)
            {
                ctx.Err.WriteLine($"error: cannot parse the query: {e.Message}");
                ctx.Err.WriteLine($"  {text}");
                ctx.Err.WriteLine($"  {new string(' ', Math.Clamp(e.Position, 0, text.Length))}^");
                return ExitCodes.Usage;
            }
        });
        return cmd;
    }
}
