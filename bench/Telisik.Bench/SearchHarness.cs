using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Telisik.Cleaning;
using Telisik.Documents;
using Telisik.Ingest;
using Telisik.Pipeline;
using Telisik.Search;
using Telisik.Sqlite;
using Telisik.Storage;

namespace Telisik.Bench;

/// <summary>
/// Search at scale. <c>search-build N DB</c> writes N articles made by replicating and perturbing IndoSum (shifted
/// dates, swapped outlets, shuffled body paragraphs) through the store's real batch path, full-text index included;
/// <c>search-queries DB [REPEATS] [WINDOW]</c> times 50 fixed queries (words, pairs, phrases, filters) and prints p50/p95/p99;
/// <c>search-overhead N</c> compares batch writes with and without index documents.
/// </summary>
public static class SearchHarness
{
    /// <summary>The 50 queries, by class.</summary>
    public static readonly (string Class, string Query)[] Queries =
    [
        ("word", "banjir"), ("word", "korupsi"), ("word", "jokowi"), ("word", "ahok"), ("word", "pasukan"),
        ("word", "gempa"), ("word", "pemilu"), ("word", "harga"), ("word", "polisi"), ("word", "teroris"),
        ("word", "pajak"), ("word", "listrik"), ("word", "sekolah"), ("word", "bencana"), ("word", "pengiriman"),
        ("two words", "jalan tol"), ("two words", "harga minyak"), ("two words", "kpk korupsi"), ("two words", "banjir jakarta"),
        ("two words", "piala dunia"), ("two words", "gempa bumi"), ("two words", "partai golkar"), ("two words", "bank indonesia"),
        ("two words", "transportasi online"), ("two words", "timnas indonesia"), ("two words", "rupiah melemah"),
        ("two words", "kereta api"), ("two words", "pilkada dki"), ("two words", "smartphone android"), ("two words", "liga inggris"),
        ("phrase", "\"setya novanto\""), ("phrase", "\"korea utara\""), ("phrase", "\"bank indonesia\""), ("phrase", "\"jalan tol\""),
        ("phrase", "\"piala dunia\""), ("phrase", "\"joko widodo\""), ("phrase", "\"komisi pemberantasan korupsi\""),
        ("phrase", "\"donald trump\""), ("phrase", "\"sri mulyani\""), ("phrase", "\"real madrid\""),
        ("filter", "korupsi outlet:antara"), ("filter", "banjir from:2017-01-01 to:2017-01-31"), ("filter", "jokowi lang:id outlet:suara"),
        ("filter", "harga from:2017-06"), ("filter", "gempa outlet:kumparan from:2017-01-01"), ("filter", "pajak to:2016-12-31"),
        ("filter", "ahok outlet:cnn"), ("filter", "teroris from:2017-05-01 to:2017-05-31"), ("filter", "outlet:merdeka polisi"),
        ("filter", "sepak bola outlet:goal -barcelona"),
    ];

    /// <summary>Dispatches the harness sub-commands.</summary>
    public static int Run(string command, string[] args) => command switch
    {
        "search-build" => Build(int.Parse(args[0], CultureInfo.InvariantCulture), args[1]),
        "search-queries" => Time(args[0], args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : SqliteArticleStore.DefaultRankWindow),
        "search-overhead" => Overhead(int.Parse(args[0], CultureInfo.InvariantCulture)),
        "search-optimize" => Optimize(args[0]),
        "search-size" => Size(args[0]),
        "search-profile" => Profile(args[0], args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10),
        _ => throw new ArgumentException(command),
    };

    private sealed record Base(Article Article, string[] Paragraphs, string TitleForms, string[] ParagraphForms);

    private static List<Base> LoadBase()
    {
        if (!File.Exists(IngestHarness.IndoSum))
            throw new FileNotFoundException($"'{IngestHarness.IndoSum}' not found: the search harness replicates IndoSum from ../shared/data.");
        var cleaner = ArticleCleaner.LoadDefault();
        var pipeline = DefaultPipeline.CreateLanguageOnly();
        var analyzer = SearchAnalyzer.CreateDefault();
        using var input = File.OpenRead(IngestHarness.IndoSum);
        var list = new List<Base>();
        foreach (var r in JsonlReader.Read(input, IngestHarness.IndoSum))
        {
            if (r.Article is null || cleaner.Clean(r.Article).Article is not { } a) continue;
            var lang = pipeline.Analyze(a).Article.Language;
            var paragraphs = a.Text.Split('\n');
            list.Add(new Base(a with { Language = lang }, paragraphs, analyzer.Forms(a.Title ?? "", lang),
                paragraphs.Select(p => analyzer.Forms(p, lang)).ToArray()));
        }
        return list;
    }

    private static int Build(int n, string path)
    {
        var clock = Stopwatch.StartNew();
        var bases = LoadBase();
        Console.Error.WriteLine($"analysed {bases.Count} base articles in {clock.Elapsed.TotalSeconds:0.0} s");
        var outlets = bases.Select(b => b.Article.Outlet).OfType<string>().Distinct().Order().ToArray();
        if (File.Exists(path)) throw new IOException($"'{path}' exists; give a new path");
        using var store = SqliteArticleStore.Open(path);
        var rng = new Random(20241024);
        clock.Restart();
        var batch = new StoreBatch();
        for (var i = 0; i < n; i++)
        {
            var b = bases[i % bases.Count];
            var replica = i / bases.Count;
            var (article, doc) = replica == 0 ? (b.Article, Document(b, Enumerable.Range(0, b.Paragraphs.Length).ToArray())) : Perturb(b, replica, rng, outlets);
            batch.Articles.Add(new BatchArticle(new StoredArticle(article, ArticleAnalysis.Empty, $"{article.Id}#h", null, null, null), "", doc));
            if (batch.Articles.Count == 1000)
            {
                store.SaveBatch(batch);
                batch = new StoreBatch();
                if ((i + 1) % 50_000 == 0) Console.Error.WriteLine($"{i + 1} articles, {(i + 1) / clock.Elapsed.TotalSeconds:0}/s");
            }
        }
        if (!batch.IsEmpty) store.SaveBatch(batch);
        var seconds = clock.Elapsed.TotalSeconds;
        SqliteConnection.ClearAllPools();
        var bytes = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
        Console.WriteLine($"built {n} articles in {seconds:0} s ({n / seconds:0}/s); store {bytes / 1048576.0:0} MiB");
        return 0;
    }

    private static (Article, SearchDocument) Perturb(Base b, int replica, Random rng, string[] outlets)
    {
        // Keep the lead, shuffle the rest; shift the date by whole days; swap the outlet now and then.
        var order = Enumerable.Range(1, b.Paragraphs.Length - 1).OrderBy(_ => rng.Next()).Prepend(0).ToArray();
        var text = string.Join('\n', order.Select(i => b.Paragraphs[i]));
        var a = b.Article with
        {
            Id = $"{b.Article.Id}~{replica}",
            Text = text,
            RawText = text,
            OffsetMap = OffsetMap.Identity(text.Length),
            Published = b.Article.Published?.AddDays(rng.Next(-1500, 1500)),
            Outlet = rng.NextDouble() < 0.3 ? outlets[rng.Next(outlets.Length)] : b.Article.Outlet,
        };
        return (a, Document(b, order));
    }

    private static SearchDocument Document(Base b, int[] order) =>
        new(b.TitleForms, b.ParagraphForms[order[0]], string.Join(' ', order.Skip(1).Select(i => b.ParagraphForms[i])));

    private static int Time(string path, int repeats, int window)
    {
        using var store = SqliteArticleStore.Open(path, window);
        var searcher = new Searcher(store, SearchAnalyzer.CreateDefault());
        Console.WriteLine($"store: {store.CountArticles()} articles, {new FileInfo(path).Length / 1048576.0:0} MiB; ranking window {window}");
        foreach (var (_, q) in Queries) searcher.Search(q, new SearchOptions()); // warm the page cache and the stem caches
        var samples = Queries.ToDictionary(q => q.Query, _ => new List<double>());
        var totals = new Dictionary<string, int>();
        for (var r = 0; r < repeats; r++)
            foreach (var (_, q) in Queries)
            {
                var t = Stopwatch.GetTimestamp();
                var res = searcher.Search(q, new SearchOptions());
                samples[q].Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                totals[q] = res.Total;
            }
        Console.WriteLine("| class | queries | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var cls in Queries.Select(q => q.Class).Distinct().Append("all"))
        {
            var all = Queries.Where(q => cls == "all" || q.Class == cls).SelectMany(q => samples[q.Query]).Order().ToArray();
            Console.WriteLine($"| {cls} | {Queries.Count(q => cls == "all" || q.Class == cls)} | {P(all, 0.50):0.0} | {P(all, 0.95):0.0} | {P(all, 0.99):0.0} | {all[^1]:0.0} |");
        }
        Console.WriteLine();
        Console.WriteLine("| query | matches | median ms |");
        Console.WriteLine("|---|---|---|");
        foreach (var (_, q) in Queries) Console.WriteLine($"| `{q}` | {totals[q]} | {P(samples[q].Order().ToArray(), 0.5):0.0} |");
        return 0;
    }

    /// <summary>Bytes held by the full-text index's shadow tables (payload, without page overhead) and by the facet rows.</summary>
    private static int Size(string path)
    {
        using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        db.Open();
        foreach (var (label, sql) in new[]
        {
            ("article_fts_data (segments)", "SELECT sum(length(block)) FROM article_fts_data"),
            ("article_fts_idx", "SELECT sum(length(segid) + length(term) + 8) FROM article_fts_idx"),
            ("article_fts_docsize", "SELECT sum(length(sz) + 8) FROM article_fts_docsize"),
            ("article_facets", "SELECT count(*) * 24 FROM article_facets"),
        })
        {
            using var cmd = db.CreateCommand();
            cmd.CommandText = sql;
            var bytes = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
            Console.WriteLine($"{label,-30} {bytes / 1048576.0,10:0.0} MiB");
        }
        Console.WriteLine($"file {new FileInfo(path).Length / 1048576.0:0} MiB");
        return 0;
    }

    /// <summary>Merges the full-text index into one segment (FTS5 'optimize') and reports the time it took.</summary>
    private static int Optimize(string path)
    {
        using var db = new SqliteConnection($"Data Source={path}");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandTimeout = 0;
        cmd.CommandText = "INSERT INTO article_fts(article_fts) VALUES('optimize')";
        var clock = Stopwatch.StartNew();
        cmd.ExecuteNonQuery();
        Console.WriteLine($"optimized in {clock.Elapsed.TotalSeconds:0} s");
        return 0;
    }

    /// <summary>Where a query's time goes: the store's window read and ranking, then the snippets.</summary>
    private static int Profile(string path, int repeats)
    {
        using var store = SqliteArticleStore.Open(path);
        var analyzer = SearchAnalyzer.CreateDefault();
        var searcher = new Searcher(store, analyzer);
        Console.WriteLine("| query | store ms | store, no facets ms | whole search ms |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (_, q) in Queries.Where(_ => repeats > 0))
        {
            var parsed = SearchQueryParser.Parse(q);
            var expression = analyzer.ToIndexForms(parsed.Expression);
            double Median(Action a)
            {
                a();
                var t = new double[repeats];
                for (var i = 0; i < repeats; i++) { var s = Stopwatch.GetTimestamp(); a(); t[i] = Stopwatch.GetElapsedTime(s).TotalMilliseconds; }
                Array.Sort(t);
                return t[repeats / 2];
            }
            var storeMs = Median(() => store.Search(expression, parsed.Filters, new SearchOptions()));
            var noFacets = Median(() => store.Search(expression, parsed.Filters, new SearchOptions(Facets: false)));
            var whole = Median(() => searcher.Search(q, new SearchOptions()));
            Console.WriteLine($"| `{q}` | {storeMs:0.0} | {noFacets:0.0} | {whole:0.0} |");
        }
        using var db = new SqliteConnection($"Data Source={path}");
        db.Open();
        using (var pragma = db.CreateCommand()) { pragma.CommandText = "PRAGMA mmap_size=1073741824; PRAGMA cache_size=-32768;"; pragma.ExecuteNonQuery(); }
        repeats = Math.Abs(repeats);
        const string Select = "SELECT f.rowid, -bm25(article_fts, 3.0, 2.0, 1.0, 0.0), f.outlet_id, f.day FROM article_fts CROSS JOIN article_facets f ON f.rowid = article_fts.rowid";
        const string RowidOnly = "SELECT article_fts.rowid FROM article_fts";
        const string RowidRank = "SELECT article_fts.rowid, -bm25(article_fts, 3.0, 2.0, 1.0, 0.0) FROM article_fts";
        const string RowidFacets = "SELECT f.rowid, f.outlet_id, f.day FROM article_fts CROSS JOIN article_facets f ON f.rowid = article_fts.rowid";
        foreach (var (label, select, match, extra) in new[]
        {
            ("banjir ids", RowidOnly, "{title lead body} : (\"banjir\")", ""),
            ("banjir rank", RowidRank, "{title lead body} : (\"banjir\")", ""),
            ("banjir nocol rank", RowidRank, "\"banjir\"", ""),
            ("banjir facets", RowidFacets, "{title lead body} : (\"banjir\")", ""),
            ("banjir all", Select, "{title lead body} : (\"banjir\")", ""),
            ("banjir jakarta ids", RowidOnly, "{title lead body} : (\"banjir\" AND \"jakarta\")", ""),
            ("banjir jakarta nocol ids", RowidOnly, "\"banjir\" AND \"jakarta\"", ""),
            ("banjir jakarta rank", RowidRank, "{title lead body} : (\"banjir\" AND \"jakarta\")", ""),
            ("banjir jakarta nocol rank", RowidRank, "\"banjir\" AND \"jakarta\"", ""),
            ("banjir jakarta all", Select, "{title lead body} : (\"banjir\" AND \"jakarta\")", ""),
            ("bank indonesia ids", RowidOnly, "{title lead body} : (\"bank\" AND \"indonesia\")", ""),
            ("bank indonesia rank", RowidRank, "{title lead body} : (\"bank\" AND \"indonesia\")", ""),
            ("bank indonesia nocol rank", RowidRank, "\"bank\" AND \"indonesia\"", ""),
            ("pajak to:2016 on rows", Select, "\"pajak\"", " AND f.published_unix < 1483228800"),
            ("pajak to:2016 + year terms", Select, $"\"pajak\" AND ({string.Join(" OR ", Enumerable.Range(2012, 5).Select(y => $"\"{SearchMeta.Marker}y{y}\""))})", " AND f.published_unix < 1483228800"),
            ("polisi outlet on rows", Select, "\"polisi\"", " AND f.outlet_id = (SELECT id FROM outlets WHERE name = 'Merdeka')"),
            ("polisi outlet term", Select, $"\"polisi\" AND \"{SearchMeta.Marker}omerdeka\"", ""),
        })
        {
            using var cmd = db.CreateCommand();
            cmd.CommandText = $"{select} WHERE article_fts MATCH $m{extra} ORDER BY article_fts.rowid DESC LIMIT 3000";
            cmd.Parameters.AddWithValue("$m", match);
            var t = new double[repeats];
            var n = 0;
            for (var i = -1; i < repeats; i++)
            {
                var s = Stopwatch.GetTimestamp();
                using var r = cmd.ExecuteReader();
                n = 0;
                while (r.Read()) { n++; for (var c = 0; c < r.FieldCount; c++) r.GetValue(c); }
                if (i >= 0) t[i] = Stopwatch.GetElapsedTime(s).TotalMilliseconds;
            }
            Array.Sort(t);
            Console.WriteLine($"{label,-30} {n,5} rows {t[repeats / 2],7:0.00} ms (min {t[0]:0.00})");
        }
        return 0;
    }

    private static int Overhead(int n)
    {
        var bases = LoadBase();
        foreach (var indexed in new[] { false, true, false, true })
        {
            var dir = Directory.CreateTempSubdirectory("telisik-overhead-");
            using (var store = SqliteArticleStore.Open(Path.Combine(dir.FullName, "o.db")))
            {
                var clock = Stopwatch.StartNew();
                var batch = new StoreBatch();
                for (var i = 0; i < n; i++)
                {
                    var b = bases[i % bases.Count];
                    var a = b.Article with { Id = $"{b.Article.Id}~{i}" };
                    var doc = indexed ? Document(b, Enumerable.Range(0, b.Paragraphs.Length).ToArray()) : new SearchDocument("", "", "");
                    batch.Articles.Add(new BatchArticle(new StoredArticle(a, ArticleAnalysis.Empty, $"{a.Id}#h", null, null, null), "", doc));
                    if (batch.Articles.Count == 1000) { store.SaveBatch(batch); batch = new StoreBatch(); }
                }
                if (!batch.IsEmpty) store.SaveBatch(batch);
                Console.WriteLine($"{(indexed ? "with index   " : "without index")}: {n} articles stored in {clock.Elapsed.TotalSeconds:0.00} s ({n / clock.Elapsed.TotalSeconds:0}/s)");
            }
            SqliteConnection.ClearAllPools();
            dir.Delete(true);
        }
        return 0;
    }

    private static double P(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
