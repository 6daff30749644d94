using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Telisik.Documents;
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
    /// <remarks>1,000 keeps p95 latency within 20 ms at a million articles on a 2-core machine (BENCHMARKS.md);
    /// <c>telisik search --window N</c> trades speed for exhaustiveness.</remarks>
    public const int DefaultRankWindow = 1000;

    /// <summary>The ranking window of this store (<see cref="DefaultRankWindow"/> unless set).</summary>
    public int RankWindow { get; init; } = DefaultRankWindow;

    /// <summary>A date range goes into the index query only when it has at most this many month and year terms ...</summary>
    private const int MaxDateTerms = 24;

    /// <summary>... and covers at most this share of the store's time span; a wider one passes most matches, and
    /// intersecting with it costs more than checking each match's time (measured: 3x on the 1M benchmark corpus).</summary>
    private const double MaxDateShare = 0.1;

    private static PreparedCommand FtsInsert(SqliteConnection db, SqliteTransaction tx) =>
        new(db, tx, "INSERT INTO article_fts (rowid, title, lead, body, meta) VALUES ($r, $t, $l, $b, $m)", "$r", "$t", "$l", "$b", "$m");

    /// <summary>The statements that index one article, prepared once per batch.</summary>
    private sealed class IndexWriter(SqliteConnection db, SqliteTransaction tx) : IDisposable
    {
        private readonly PreparedCommand _fts = FtsInsert(db, tx);
        private readonly PreparedCommand _outlet = new(db, tx, "INSERT INTO outlets (name) VALUES ($o) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id", "$o");
        private readonly PreparedCommand _facets = new(db, tx, "INSERT OR REPLACE INTO article_facets (rowid, outlet_id, day, published_unix, language) VALUES ($r, $o, $d, $u, $l)", "$r", "$o", "$d", "$u", "$l");
        private readonly PreparedCommand _entity = new(db, tx, "INSERT OR IGNORE INTO article_entities (article_rowid, name) VALUES ($r, $n)", "$r", "$n");

        public void Index(long rowid, Article article, SearchDocument search, ArticleAnalysis analysis)
        {
            var names = analysis.Entities.SelectMany(e => e.Aliases.Prepend(e.Name)).Select(n => TextNormalizer.Normalize(n)).Distinct().ToList();
            _fts.Run(rowid, search.Title, search.Lead, search.Body, SearchMeta.Terms(article.Outlet, article.Published, names));
            var outletId = article.Outlet is null ? null : _outlet.Scalar(article.Outlet);
            _facets.Run(rowid, outletId, article.Published is { } p ? p.Year * 10000 + p.Month * 100 + p.Day : null,
                article.Published?.ToUnixTimeSeconds(), article.Language);
            foreach (var name in names) _entity.Run(rowid, name);
        }

        public void Dispose()
        {
            _fts.Dispose();
            _outlet.Dispose();
            _facets.Dispose();
            _entity.Dispose();
        }
    }

    /// <inheritdoc />
    public bool SearchIndexStale => Scalar("SELECT value FROM store_state WHERE key = 'search_index'") is "stale";

    /// <inheritdoc />
    public void ReplaceSearchDocuments(IEnumerable<(string ArticleId, SearchDocument Document)> documents)
    {
        const int batch = 500;
        var replaced = new HashSet<long>();
        foreach (var chunk in documents.Chunk(batch))
        {
            using var tx = _db.BeginTransaction();
            using var read = new PreparedCommand(_db, tx, """
                SELECT a.rowid, a.outlet, a.published,
                       (SELECT group_concat(name, char(31)) FROM article_entities WHERE article_rowid = a.rowid)
                FROM articles a WHERE a.id = $id
                """, "$id");
            using var delete = new PreparedCommand(_db, tx, "DELETE FROM article_fts WHERE rowid = $r", "$r");
            using var insert = FtsInsert(_db, tx);
            foreach (var (id, doc) in chunk)
            {
                long rowid;
                string meta;
                using (var r = read.Read(id))
                {
                    if (!r.Read()) continue;
                    rowid = r.GetInt64(0);
                    meta = SearchMeta.Terms(Str(r, 1), Date(Str(r, 2)), Str(r, 3)?.Split('\u001f') ?? []);
                }
                delete.Run(rowid);
                insert.Run(rowid, doc.Title, doc.Lead, doc.Body, meta);
                replaced.Add(rowid);
            }
            tx.Commit();
        }
        // A pass over every stored article makes a stale index current again.
        if (replaced.Count >= CountArticles()) Exec(_db, "DELETE FROM store_state WHERE key = 'search_index'");
    }

    /// <inheritdoc />
    public SearchResults Search(QueryNode? expression, SearchFilters filters, SearchOptions options)
    {
        if (SearchIndexStale)
            throw new StoreException("the search index was made by an older version of Telisik and must be rebuilt once: run 'telisik reindex'");
        var match = expression is null ? null : Fts5Query.Build(expression);
        if (match?.Positive is null)
        {
            var whereBrowse = new List<string>();
            var argsBrowse = new List<(string, object?)>();
            if (match?.Negative is { } neg)
            {
                whereBrowse.Add("a.rowid NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH $neg)");
                argsBrowse.Add(("$neg", neg));
            }
            AddFilters(filters, whereBrowse, argsBrowse);
            return Browse(whereBrowse, argsBrowse, options);
        }

        // Outlet, entity and narrow date filters are index terms in the `meta` column, so the index itself intersects
        // them with the words; language, exact time bounds and stories are checked on the compact facet rows.
        var meta = MetaFilter(filters);
        if (meta is { Length: 0 }) return new SearchResults(0, [], [], []);
        // No column filter: metadata terms and words are different tokens (SearchMeta.Marker).
        var args = new List<(string, object?)> { ("$match", meta is null ? match.Positive : $"({match.Positive}) AND {meta}") };
        var where = new List<string> { "article_fts MATCH $match" };
        if (filters.Languages.Count > 0)
        {
            var languages = filters.Languages.Select((v, i) => { args.Add(($"$lang{i}", v)); return $"$lang{i}"; });
            where.Add($"f.language IN ({string.Join(", ", languages)})");
        }
        if (filters.From is { } from) { where.Add("f.published_unix >= $from"); args.Add(("$from", from.ToUnixTimeSeconds())); }
        if (filters.To is { } to) { where.Add("f.published_unix < $to"); args.Add(("$to", to.ToUnixTimeSeconds())); }
        if (filters.Stories.Count > 0)
        {
            var stories = filters.Stories.Select((v, i) => { args.Add(($"$story{i}", ResolveStoryId(v) ?? v)); return $"$story{i}"; });
            where.Add($"f.rowid IN (SELECT rowid FROM articles WHERE story_id IN ({string.Join(", ", stories)}))");
        }

        // The index drives the loop newest first (FTS5 streams rowids in order, so LIMIT stops the scan early). Only
        // the compact integer facet rows are joined for every match; the listed fields are read for the page alone.
        var window = new List<(long RowId, double Score, long? Outlet, int? Day)>();
        using (var cmd = Command($"""
            SELECT f.rowid, -bm25(article_fts, 3.0, 2.0, 1.0, 0.0), f.outlet_id, f.day
            FROM article_fts CROSS JOIN article_facets f ON f.rowid = article_fts.rowid
            WHERE {string.Join(" AND ", where)} ORDER BY article_fts.rowid DESC LIMIT {RankWindow}
            """, [.. args]))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                window.Add((r.GetInt64(0), r.GetDouble(1), r.IsDBNull(2) ? null : r.GetInt64(2), r.IsDBNull(3) ? null : r.GetInt32(3)));

        // Counting past the window would scan every match again: a query with more matches than the window reports the
        // window's size as a lower bound.
        var complete = window.Count < RankWindow;
        var page = window.OrderByDescending(w => w.Score).ThenByDescending(w => w.RowId)
            .Skip(options.Offset).Take(options.Limit).ToList();
        var rows = HitRows(page.Select(p => p.RowId).ToArray());
        var hits = page.Where(p => rows.ContainsKey(p.RowId)).Select(p => rows[p.RowId] with { Score = p.Score }).ToArray();
        var results = new SearchResults(window.Count, hits, [], []) { TotalIsLowerBound = !complete, Sampled = !complete };
        if (!options.Facets) return results;
        var outletCounts = window.GroupBy(w => w.Outlet).Select(g => (g.Key, Count: g.Count())).ToList();
        var names = OutletNames(outletCounts.Select(c => c.Key).OfType<long>().ToArray());
        return results with
        {
            Outlets = Count(outletCounts.SelectMany(c => Enumerable.Repeat(c.Key is { } id && names.TryGetValue(id, out var n) ? n : "?", c.Count))),
            Days = Count(window.Where(w => w.Day is not null).Select(w => DayText(w.Day!.Value)), byValue: true),
        };
    }

    private static string DayText(int yyyymmdd) =>
        $"{yyyymmdd / 10000:0000}-{yyyymmdd / 100 % 100:00}-{yyyymmdd % 100:00}";

    private Dictionary<long, string> OutletNames(long[] ids)
    {
        var result = new Dictionary<long, string>();
        foreach (var chunk in ids.Chunk(200))
        {
            var names = chunk.Select((_, i) => $"$o{i}").ToArray();
            using var cmd = Command($"SELECT id, name FROM outlets WHERE id IN ({string.Join(", ", names)})", chunk.Select((id, i) => (names[i], (object?)id)).ToArray());
            using var r = cmd.ExecuteReader();
            while (r.Read()) result[r.GetInt64(0)] = r.GetString(1);
        }
        return result;
    }

    /// <summary>
    /// The `meta` column's part of a query: every filter group must match (outlets: any of them; entities: all; a
    /// narrow date range). Null when no filter goes into the index; empty when a filter can match nothing.
    /// </summary>
    private string? MetaFilter(SearchFilters f)
    {
        var groups = new List<string>();
        if (f.Outlets.Count > 0)
        {
            // outlet:kompas matches "Kompas" and "KOMPAS.com": a case-insensitive prefix of the stored name, resolved
            // against the (small) outlet table into exact index terms.
            var terms = MatchingOutlets(f.Outlets).Select(SearchMeta.OutletTerm).OfType<string>().Distinct().ToList();
            if (terms.Count == 0) return "";
            groups.Add(Fts5Query.AnyOf(terms.Select(Fts5Query.Quote)));
        }
        foreach (var entity in f.Entities)
        {
            if (SearchMeta.EntityTerm(entity) is not { } term) return "";
            groups.Add(Fts5Query.Quote(term));
        }
        if (f.From is not null || f.To is not null)
        {
            var (min, max) = PublishedSpan();
            if (min is null || max is null) return "";
            var from = f.From is { } a && a > min.Value ? a : min.Value;
            var to = f.To is { } b && b <= max.Value ? b : max.Value.AddSeconds(1);
            var terms = SearchMeta.MonthRange(from, to);
            if (terms.Count == 0) return "";
            var share = (to - from) / (max.Value - min.Value + TimeSpan.FromSeconds(1));
            if (terms.Count <= MaxDateTerms && share <= MaxDateShare) groups.Add(Fts5Query.AnyOf(terms.Select(Fts5Query.Quote)));
        }
        return groups.Count == 0 ? null : string.Join(" AND ", groups);
    }

    private List<string> MatchingOutlets(IReadOnlyList<string> prefixes)
    {
        var args = prefixes.Select((o, i) => ($"$outlet{i}", (object?)(EscapeLike(o) + "%"))).ToArray();
        using var cmd = Command($"SELECT name FROM outlets WHERE {string.Join(" OR ", args.Select(a => $"name LIKE {a.Item1} ESCAPE '\\'"))}", args);
        using var r = cmd.ExecuteReader();
        var names = new List<string>();
        while (r.Read()) names.Add(r.GetString(0));
        return names;
    }

    /// <summary>The earliest and latest publication instants stored (index look-ups).</summary>
    private (DateTimeOffset? Min, DateTimeOffset? Max) PublishedSpan()
    {
        static DateTimeOffset? At(object? unix) => unix is long s ? DateTimeOffset.FromUnixTimeSeconds(s) : null;
        return (At(Scalar("SELECT min(published_unix) FROM articles")), At(Scalar("SELECT max(published_unix) FROM articles")));
    }

    /// <summary>The listed fields of the hits on a page, by rowid.</summary>
    private Dictionary<long, SearchHit> HitRows(long[] rowids)
    {
        var result = new Dictionary<long, SearchHit>();
        if (rowids.Length == 0) return result;
        var names = rowids.Select((_, i) => $"$r{i}").ToArray();
        using var cmd = Command($"SELECT rowid, id, outlet, published, title, story_id FROM articles WHERE rowid IN ({string.Join(", ", names)})",
            rowids.Select((r, i) => (names[i], (object?)r)).ToArray());
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
            result[reader.GetInt64(0)] = new SearchHit(reader.GetString(1), Str(reader, 2), Date(Str(reader, 3)), Str(reader, 4), Str(reader, 5), 0, null);
        return result;
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

        /// <summary>Any of several rendered phrases.</summary>
        public static string AnyOf(IEnumerable<string> phrases)
        {
            var list = phrases.ToList();
            return list.Count == 1 ? list[0] : "(" + string.Join(" OR ", list) + ")";
        }

        public static string Quote(string s)
        {
            var sb = new StringBuilder(s.Length + 2).Append('"');
            foreach (var c in s) sb.Append(c == '"' ? "\"\"" : c.ToString());
            return sb.Append('"').ToString();
        }
    }
}
