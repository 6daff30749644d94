using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Telisik.Language;
using Telisik.Search;
using Telisik.Storage;

namespace Telisik.Sqlite;

/// <summary>Full-text search over the FTS5 index, kept in step with the articles in the same transactions.</summary>
public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// Matches read per query, newest stored first. A query with fewer matches is ranked, counted and faceted exactly;
    /// one with more is ranked among (and faceted over) its most recent matches, so its cost stays bounded at any size.
    /// </summary>
    public const int DefaultRankWindow = 3000;

    /// <summary>The ranking window of this store (<see cref="DefaultRankWindow"/> unless set).</summary>
    public int RankWindow { get; init; } = DefaultRankWindow;

    private void IndexArticle(long rowid, SearchDocument search, ArticleAnalysis analysis, SqliteTransaction tx)
    {
        Exec(_db, "INSERT INTO article_fts (rowid, title, lead, body) VALUES ($r, $t, $l, $b)", tx,
            ("$r", rowid), ("$t", search.Title), ("$l", search.Lead), ("$b", search.Body));
        var names = analysis.Entities.SelectMany(e => e.Aliases.Prepend(e.Name)).Select(n => TextNormalizer.Normalize(n)).Distinct();
        foreach (var name in names)
            Exec(_db, "INSERT OR IGNORE INTO article_entities (article_rowid, name) VALUES ($r, $n)", tx, ("$r", rowid), ("$n", name));
    }

    /// <inheritdoc />
    public void ReplaceSearchDocuments(IEnumerable<(string ArticleId, SearchDocument Document)> documents)
    {
        const int batch = 500;
        foreach (var chunk in documents.Chunk(batch))
        {
            using var tx = _db.BeginTransaction();
            foreach (var (id, doc) in chunk)
            {
                if (Scalar("SELECT rowid FROM articles WHERE id = $id", ("$id", id)) is not long rowid) continue;
                Exec(_db, "DELETE FROM article_fts WHERE rowid = $r", tx, ("$r", rowid));
                Exec(_db, "INSERT INTO article_fts (rowid, title, lead, body) VALUES ($r, $t, $l, $b)", tx,
                    ("$r", rowid), ("$t", doc.Title), ("$l", doc.Lead), ("$b", doc.Body));
            }
            tx.Commit();
        }
    }

    /// <inheritdoc />
    public SearchResults Search(QueryNode? expression, SearchFilters filters, SearchOptions options)
    {
        var args = new List<(string, object?)>();
        var where = new List<string>();
        var match = expression is null ? null : Fts5Query.Build(expression);
        if (match?.Negative is { } neg)
        {
            where.Add("a.rowid NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH $neg)");
            args.Add(("$neg", neg));
        }
        AddFilters(filters, where, args);
        if (match?.Positive is null) return Browse(where, args, options);

        // The index drives the loop newest first (FTS5 streams rowids in order, so LIMIT stops the scan early);
        // articles are joined only to apply filters and fetch the listed fields.
        args.Add(("$match", match.Positive));
        var from = "article_fts CROSS JOIN articles a ON a.rowid = article_fts.rowid";
        var conditions = string.Join(" AND ", where.Prepend("article_fts MATCH $match"));
        var window = ReadWindow($"""
            SELECT a.id, a.outlet, a.published, a.title, a.story_id, -bm25(article_fts, 3.0, 2.0, 1.0), substr(a.published, 1, 10)
            FROM {from} WHERE {conditions} ORDER BY article_fts.rowid DESC LIMIT {RankWindow}
            """, args);

        // Counting past the window would scan every match again (all of them when a filter passes few): a query with
        // more matches than the window reports the window's size as a lower bound.
        var complete = window.Count < RankWindow;
        var hits = window.OrderByDescending(w => w.Hit.Score).ThenBy(w => w.Hit.Id, StringComparer.Ordinal)
            .Skip(options.Offset).Take(options.Limit).Select(w => w.Hit).ToArray();
        var results = new SearchResults(window.Count, hits, [], []) { TotalIsLowerBound = !complete, Sampled = !complete };
        return options.Facets ? results with { Outlets = Count(window.Select(w => w.Hit.Outlet ?? "?")), Days = Count(window.Select(w => w.Day).OfType<string>(), byValue: true) } : results;
    }

    /// <summary>Filters only: the newest matching articles, exact counts and facets (bounded like word queries).</summary>
    private SearchResults Browse(List<string> where, List<(string, object?)> args, SearchOptions options)
    {
        var whereSql = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        var window = ReadWindow($"""
            SELECT a.id, a.outlet, a.published, a.title, a.story_id, 0.0, substr(a.published, 1, 10) FROM articles a {whereSql}
            ORDER BY coalesce(a.published_unix, -9e18) DESC, a.rowid LIMIT {RankWindow}
            """, args);
        var complete = window.Count < RankWindow;
        var results = new SearchResults(window.Count, window.Skip(options.Offset).Take(options.Limit).Select(w => w.Hit).ToArray(), [], [])
            { TotalIsLowerBound = !complete, Sampled = !complete };
        return options.Facets ? results with { Outlets = Count(window.Select(w => w.Hit.Outlet ?? "?")), Days = Count(window.Select(w => w.Day).OfType<string>(), byValue: true) } : results;
    }

    /// <summary>Reads a window of hits: (id, outlet, published, title, story, score, day) rows.</summary>
    private List<(SearchHit Hit, string? Day)> ReadWindow(string sql, List<(string, object?)> args)
    {
        var window = new List<(SearchHit Hit, string? Day)>();
        using var cmd = Command(sql, [.. args]);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            window.Add((new SearchHit(r.GetString(0), Str(r, 1), Date(Str(r, 2)), Str(r, 3), Str(r, 4), r.GetDouble(5), null), Str(r, 6)));
        return window;
    }

    private static FacetCount[] Count(IEnumerable<string> values, bool byValue = false)
    {
        var counts = values.GroupBy(v => v, StringComparer.Ordinal).Select(g => new FacetCount(g.Key, g.Count()));
        return (byValue ? counts.OrderBy(f => f.Value, StringComparer.Ordinal) : counts.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)).ToArray();
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, (string Text, string Language)> GetTexts(IReadOnlyCollection<string> ids)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(200))
        {
            var names = chunk.Select((_, i) => $"$id{i}").ToArray();
            using var cmd = Command($"SELECT a.id, b.text, a.language FROM articles a JOIN article_bodies b ON b.article_rowid = a.rowid WHERE a.id IN ({string.Join(", ", names)})",
                chunk.Select((id, i) => (names[i], (object?)id)).ToArray());
            using var r = cmd.ExecuteReader();
            while (r.Read()) result[r.GetString(0)] = (r.GetString(1), r.GetString(2));
        }
        return result;
    }

    private void AddFilters(SearchFilters f, List<string> where, List<(string, object?)> args)
    {
        void AnyOf(string column, IReadOnlyList<string> values, string prefix, Func<string, object?> map)
        {
            if (values.Count == 0) return;
            var names = values.Select((v, i) => { args.Add(($"${prefix}{i}", map(v))); return $"${prefix}{i}"; });
            where.Add($"{column} IN ({string.Join(", ", names)})");
        }
        if (f.Outlets.Count > 0)
        {
            // outlet:kompas matches "Kompas" and "KOMPAS.com": a case-insensitive prefix of the stored name.
            var parts = f.Outlets.Select((o, i) => { args.Add(($"$outlet{i}", EscapeLike(o) + "%")); return $"a.outlet LIKE $outlet{i} ESCAPE '\\'"; });
            where.Add("(" + string.Join(" OR ", parts) + ")");
        }
        AnyOf("a.language", f.Languages, "lang", v => v);
        AnyOf("a.story_id", f.Stories, "story", v => ResolveStoryId(v) ?? v);
        if (f.From is { } from) { where.Add("a.published_unix >= $from"); args.Add(("$from", from.ToUnixTimeSeconds())); }
        if (f.To is { } to) { where.Add("a.published_unix < $to"); args.Add(("$to", to.ToUnixTimeSeconds())); }
        for (var i = 0; i < f.Entities.Count; i++)
        {
            where.Add($"a.rowid IN (SELECT article_rowid FROM article_entities WHERE name = $entity{i})");
            args.Add(($"$entity{i}", TextNormalizer.Normalize(f.Entities[i])));
        }
    }

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    /// <summary>Translates a query tree in index forms into FTS5 syntax. Every word is a quoted string, so nothing a
    /// user types (quotes, parentheses, NEAR, column filters, '^') can act as an FTS5 operator.</summary>
    internal static class Fts5Query
    {
        /// <summary>The positive MATCH expression (null when the query only excludes) and the excluded one.</summary>
        public sealed record Parts(string? Positive, string? Negative);

        public static Parts Build(QueryNode node)
        {
            if (node is AndNode a && a.Children.Any(c => c is NotNode))
            {
                var pos = a.Children.Where(c => c is not NotNode).ToList();
                var neg = a.Children.OfType<NotNode>().Select(n => Render(n.Child)).ToList();
                var negative = neg.Count == 1 ? neg[0] : "(" + string.Join(" OR ", neg) + ")";
                if (pos.Count == 0) return new Parts(null, negative);
                var positive = pos.Count == 1 ? Render(pos[0]) : "(" + string.Join(" AND ", pos.Select(Render)) + ")";
                return new Parts($"{positive} NOT {negative}", null);
            }
            if (node is NotNode only) return new Parts(null, Render(only.Child));
            return new Parts(Render(node), null);
        }

        private static string Render(QueryNode n) => n switch
        {
            TermNode t => Quote(t.Word) + (t.Prefix ? "*" : ""),
            PhraseNode p => Quote(string.Join(' ', p.Words)),
            OrNode o => "(" + string.Join(" OR ", o.Children.Select(Render)) + ")",
            AndNode a when a.Children.Any(c => c is NotNode) => "(" + Build(a).Positive + ")",
            AndNode a => "(" + string.Join(" AND ", a.Children.Select(Render)) + ")",
            NotNode => throw new QueryParseException("an exclusion (-word) must stand beside words that must match", 0),
            _ => throw new ArgumentOutOfRangeException(nameof(n)),
        };

        private static string Quote(string s)
        {
            var sb = new StringBuilder(s.Length + 2).Append('"');
            foreach (var c in s) sb.Append(c == '"' ? "\"\"" : c.ToString());
            return sb.Append('"').ToString();
        }
    }
}
