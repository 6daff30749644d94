using Telisik.Storage;

namespace Telisik.Search;

/// <summary>
/// The search API shared by the CLI, the web server and every store: parses a query, maps its words to index forms,
/// asks the store, and builds a highlighted snippet (evidence with offsets) for each hit. Thread-safe.
/// </summary>
public sealed class Searcher(IArticleStore store, SearchAnalyzer analyzer)
{
    /// <summary>Articles are grouped into stories from at most this many top hits.</summary>
    public const int MaxHitsForStories = 500;

    /// <summary>Searches articles.</summary>
    /// <exception cref="QueryParseException">The query cannot be parsed; the message says where.</exception>
    public SearchResults Search(string query, SearchOptions options)
    {
        var parsed = SearchQueryParser.Parse(query);
        var expression = analyzer.ToIndexForms(parsed.Expression);
        var results = store.Search(expression, parsed.Filters, options);
        return results with { Hits = WithSnippets(results.Hits, MatchForms(expression)) };
    }

    /// <summary>Searches stories: stories ranked by their best-matching article.</summary>
    public (int Total, IReadOnlyList<StoryHit> Stories) SearchStories(string query, SearchOptions options)
    {
        var parsed = SearchQueryParser.Parse(query);
        var expression = analyzer.ToIndexForms(parsed.Expression);
        var results = store.Search(expression, parsed.Filters, new SearchOptions(MaxHitsForStories, 0, Facets: false));
        var matches = MatchForms(expression);
        var groups = results.Hits.Where(h => h.StoryId is not null).GroupBy(h => h.StoryId!)
            .Select(g => (Id: g.Key, Best: g.First(), Count: g.Count()))
            .OrderByDescending(g => g.Best.Score).ThenByDescending(g => g.Count)
            .ToList();
        var page = groups.Skip(options.Offset).Take(options.Limit).ToList();
        var best = WithSnippets(page.Select(g => g.Best).ToArray(), matches).ToDictionary(h => h.Id);
        var hits = page
            .Select(g => store.GetStory(g.Id) is { } s ? new StoryHit(s, g.Best.Score, g.Count, best[g.Best.Id]) : null)
            .OfType<StoryHit>().ToArray();
        return (groups.Count, hits);
    }

    private SearchHit[] WithSnippets(IReadOnlyList<SearchHit> hits, IReadOnlyCollection<string> matches)
    {
        var texts = store.GetTexts(hits.Select(h => h.Id).ToArray());
        return hits.Select(h =>
        {
            if (!texts.TryGetValue(h.Id, out var t)) return h;
            var (tokens, forms) = analyzer.TokenForms(t.Text, t.Language);
            return h with { Snippet = SnippetBuilder.Build(t.Text, tokens, forms, matches) };
        }).ToArray();
    }

    /// <summary>The index forms a hit's words are highlighted by ('*' marks a prefix); excluded words are not.</summary>
    private static List<string> MatchForms(QueryNode? node)
    {
        var list = new List<string>();
        Walk(node);
        return list;

        void Walk(QueryNode? n)
        {
            switch (n)
            {
                case TermNode t: list.Add(t.Prefix ? t.Word + "*" : t.Word); break;
                case PhraseNode p: list.AddRange(p.Words); break;
                case AndNode a: foreach (var c in a.Children) Walk(c); break;
                case OrNode o: foreach (var c in o.Children) Walk(c); break;
            }
        }
    }
}
