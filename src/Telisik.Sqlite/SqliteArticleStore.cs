using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Telisik.Documents;
using Telisik.Serialization;
using Telisik.Storage;

namespace Telisik.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with versioned migrations. Each batch is one transaction, so a
/// killed process leaves the store as it was after the last whole batch. All queries are parameterised.
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore
{
    private readonly SqliteConnection _db;

    private SqliteArticleStore(SqliteConnection db) => _db = db;

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/> and brings its schema up to date.</summary>
    /// <exception cref="StoreException">The file is not a Telisik store, or is from a newer version.</exception>
    public static SqliteArticleStore Open(string path) => Open(path, DefaultRankWindow);

    /// <summary>Opens the store with a given search ranking window (see <see cref="DefaultRankWindow"/>).</summary>
    public static SqliteArticleStore Open(string path, int rankWindow)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            db.Open();
            Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA mmap_size=1073741824; PRAGMA cache_size=-32768;");
            Migrate(db);
        }
        catch (SqliteException e)
        {
            db.Dispose();
            throw new StoreException($"cannot open store '{path}': {e.Message}", e);
        }
        return new SqliteArticleStore(db) { RankWindow = Math.Max(1, rankWindow) };
    }

    /// <summary>The schema version the file has.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);

    private static void Migrate(SqliteConnection db)
    {
        var version = Convert.ToInt32(new SqliteCommand("PRAGMA user_version", db).ExecuteScalar(), CultureInfo.InvariantCulture);
        if (version > SqliteMigrations.Steps.Length)
            throw new StoreException($"the store has schema version {version}, newer than this Telisik ({SqliteMigrations.Steps.Length}); upgrade Telisik");
        for (var v = version; v < SqliteMigrations.Steps.Length; v++)
        {
            using var tx = db.BeginTransaction();
            Exec(db, SqliteMigrations.Steps[v], tx);
            Exec(db, $"PRAGMA user_version = {v + 1}", tx);
            tx.Commit();
        }
    }

    /// <inheritdoc />
    public string? FindByContentHash(string contentHash) =>
        Scalar("SELECT id FROM articles WHERE content_hash = $h LIMIT 1", ("$h", contentHash)) as string;

    /// <inheritdoc />
    public string? ContentHashOf(string id) =>
        Scalar("SELECT content_hash FROM articles WHERE id = $id", ("$id", id)) as string;

    /// <inheritdoc />
    public void SaveBatch(StoreBatch batch)
    {
        using var tx = _db.BeginTransaction();
        using (var insert = _db.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT INTO articles (id, content_hash, outlet, dateline_outlet, url_outlet, url, title, published, published_unix,
                    published_inferred_from, language, language_confidence, source_path, story_id, copy_of, reason)
                VALUES ($id, $hash, $outlet, $dateline, $urlOutlet, $url, $title, $published, $publishedUnix, $inferred, $language,
                    $languageConfidence, $source, $story, $copyOf, $reason)
                RETURNING rowid
                """;
            var p = new Dictionary<string, SqliteParameter>();
            foreach (var name in new[] { "$id", "$hash", "$outlet", "$dateline", "$urlOutlet", "$url", "$title", "$published", "$publishedUnix", "$inferred", "$language", "$languageConfidence", "$source", "$story", "$copyOf", "$reason" })
                p[name] = insert.Parameters.Add(new SqliteParameter { ParameterName = name });
            using var body = _db.CreateCommand();
            body.Transaction = tx;
            body.CommandText = "INSERT INTO article_bodies (article_rowid, raw_text, text, offset_map, analysis, features) VALUES ($rowid, $raw, $text, $map, $analysis, $features)";
            foreach (var name in new[] { "$rowid", "$raw", "$text", "$map", "$analysis", "$features" })
                p[name] = body.Parameters.Add(new SqliteParameter { ParameterName = name });
            using var index = new IndexWriter(_db, tx);
            foreach (var (stored, features, search) in batch.Articles)
            {
                var a = stored.Article;
                p["$id"].Value = a.Id;
                p["$hash"].Value = stored.ContentHash;
                p["$outlet"].Value = Db(a.Outlet);
                p["$dateline"].Value = Db(a.DatelineOutlet);
                p["$urlOutlet"].Value = Db(a.UrlOutlet);
                p["$url"].Value = Db(a.Url);
                p["$title"].Value = Db(a.Title);
                p["$published"].Value = Db(a.Published?.ToString("o", CultureInfo.InvariantCulture));
                p["$publishedUnix"].Value = a.Published is { } pub ? pub.ToUnixTimeSeconds() : DBNull.Value;
                p["$inferred"].Value = Db(a.PublishedInferredFrom);
                p["$language"].Value = a.Language;
                p["$languageConfidence"].Value = a.LanguageConfidence;
                p["$source"].Value = Db(a.SourcePath);
                p["$story"].Value = Db(stored.StoryId);
                p["$copyOf"].Value = Db(stored.CopyOf);
                p["$reason"].Value = Db(stored.Reason);
                var rowid = (long)insert.ExecuteScalar()!;
                p["$rowid"].Value = rowid;
                p["$raw"].Value = a.RawText;
                p["$text"].Value = a.Text;
                p["$map"].Value = a.OffsetMap.Serialize();
                p["$analysis"].Value = JsonSerializer.Serialize(stored.Analysis, TelisikJson.Compact);
                p["$features"].Value = features;
                body.ExecuteNonQuery();
                index.Index(rowid, a, search, stored.Analysis);
            }
        }
        // Titles come from the assigner; the time span from the stored articles themselves.
        using (var header = new PreparedCommand(_db, tx, """
            INSERT INTO stories (id, title) VALUES ($id, $title)
            ON CONFLICT(id) DO UPDATE SET title = coalesce(excluded.title, stories.title)
            """, "$id", "$title"))
            foreach (var h in batch.Headers) header.Run(h.Id, h.Title);
        using (var span = new PreparedCommand(_db, tx, """
            UPDATE stories SET
                first_published = (SELECT published FROM articles WHERE story_id = $id AND published_unix IS NOT NULL ORDER BY published_unix LIMIT 1),
                last_published = (SELECT published FROM articles WHERE story_id = $id AND published_unix IS NOT NULL ORDER BY published_unix DESC LIMIT 1),
                last_unix = (SELECT max(published_unix) FROM articles WHERE story_id = $id)
            WHERE id = $id
            """, "$id"))
            foreach (var id in batch.Headers.Select(h => h.Id).Concat(batch.Merges.Select(m => m.IntoStoryId)).Distinct())
                span.Run(id);
        foreach (var link in batch.CopyLinks)
            Exec(_db, "UPDATE articles SET copy_of = $orig WHERE id = $copy", tx, ("$orig", link.OriginalId), ("$copy", link.CopyId));
        foreach (var m in batch.Merges)
        {
            Exec(_db, "UPDATE articles SET story_id = $into WHERE story_id = $from", tx, ("$into", m.IntoStoryId), ("$from", m.FromStoryId));
            Exec(_db, "UPDATE story_redirects SET into_id = $into WHERE into_id = $from", tx, ("$into", m.IntoStoryId), ("$from", m.FromStoryId));
            Exec(_db, "INSERT OR REPLACE INTO story_redirects (from_id, into_id) VALUES ($from, $into)", tx, ("$into", m.IntoStoryId), ("$from", m.FromStoryId));
            Exec(_db, "DELETE FROM stories WHERE id = $from", tx, ("$from", m.FromStoryId));
        }
        tx.Commit();
    }

    private const string ArticleColumns = "a.id, a.content_hash, a.outlet, a.dateline_outlet, a.url_outlet, a.url, a.title, a.published, a.published_inferred_from, " +
                                          "a.language, a.language_confidence, a.source_path, b.raw_text, b.text, b.offset_map, b.analysis, a.story_id, a.copy_of, a.reason";

    private const string ArticleTables = "articles a JOIN article_bodies b ON b.article_rowid = a.rowid";

    /// <inheritdoc />
    public StoredArticle? GetArticle(string id) =>
        QueryArticles($"SELECT {ArticleColumns} FROM {ArticleTables} WHERE a.id = $id", ("$id", id)).FirstOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<StoredArticle> GetStoryArticles(string storyId)
    {
        var id = ResolveStoryId(storyId) ?? storyId;
        return QueryArticles($"SELECT {ArticleColumns} FROM {ArticleTables} WHERE a.story_id = $s ORDER BY coalesce(a.published_unix, 9e18), a.rowid", ("$s", id)).ToList();
    }

    /// <inheritdoc />
    public string? ResolveStoryId(string storyId)
    {
        if (Scalar("SELECT id FROM stories WHERE id = $id", ("$id", storyId)) is string s) return s;
        return Scalar("SELECT into_id FROM story_redirects WHERE from_id = $id", ("$id", storyId)) as string;
    }

    /// <inheritdoc />
    public IReadOnlyList<StorySummary> ListStories(int limit, int offset = 0) =>
        QueryStories("1 = 1", "ORDER BY coalesce(s.last_unix, -9e18) DESC, s.id LIMIT $limit OFFSET $offset", ("$limit", limit), ("$offset", offset));

    /// <inheritdoc />
    public StorySummary? GetStory(string storyId)
    {
        var id = ResolveStoryId(storyId);
        return id is null ? null : QueryStories("s.id = $id", "", ("$id", id)).FirstOrDefault();
    }

    private List<StorySummary> QueryStories(string where, string orderAndLimit, params (string, object?)[] args)
    {
        using var cmd = Command($"""
            SELECT s.id, s.title, s.first_published, s.last_published,
                   (SELECT count(*) FROM articles a WHERE a.story_id = s.id),
                   (SELECT count(*) FROM articles a WHERE a.story_id = s.id AND a.copy_of IS NULL),
                   (SELECT group_concat(o, char(31)) FROM (SELECT DISTINCT a.outlet AS o FROM articles a WHERE a.story_id = s.id AND a.outlet IS NOT NULL ORDER BY coalesce(a.published_unix, 9e18), a.rowid))
            FROM stories s WHERE {where} {orderAndLimit}
            """, args);
        using var r = cmd.ExecuteReader();
        var list = new List<StorySummary>();
        while (r.Read())
            list.Add(new StorySummary(r.GetString(0), Str(r, 1), r.GetInt32(4), r.GetInt32(5),
                Str(r, 6)?.Split('\u001f') ?? [], Date(Str(r, 2)), Date(Str(r, 3))));
        return list;
    }

    /// <inheritdoc />
    public IEnumerable<StoredMembership> LoadMemberships(TimeSpan? window = null)
    {
        using var cmd = Command("""
            SELECT a.id, a.story_id, a.published, a.copy_of, b.features FROM articles a JOIN article_bodies b ON b.article_rowid = a.rowid
            WHERE a.story_id IS NOT NULL
              AND ($window IS NULL OR a.published_unix IS NULL OR a.published_unix >= (SELECT max(published_unix) FROM articles) - $window)
            ORDER BY a.rowid
            """, ("$window", window is { } w ? (long)w.TotalSeconds : null));
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return new StoredMembership(r.GetString(0), r.GetString(1), Date(Str(r, 2)), Str(r, 3), r.GetString(4));
    }

    /// <inheritdoc />
    public int CountArticles() => Convert.ToInt32(Scalar("SELECT count(*) FROM articles"), CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public IEnumerable<string> ArticleIds()
    {
        using var cmd = Command("SELECT id FROM articles ORDER BY rowid");
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return r.GetString(0);
    }

    private IEnumerable<StoredArticle> QueryArticles(string sql, params (string, object?)[] args)
    {
        using var cmd = Command(sql, args);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var article = new Article
            {
                Id = r.GetString(0),
                Outlet = Str(r, 2),
                DatelineOutlet = Str(r, 3),
                UrlOutlet = Str(r, 4),
                Url = Str(r, 5),
                Title = Str(r, 6),
                Published = Date(Str(r, 7)),
                PublishedInferredFrom = Str(r, 8),
                Language = r.GetString(9),
                LanguageConfidence = r.GetDouble(10),
                SourcePath = Str(r, 11),
                RawText = r.GetString(12),
                Text = r.GetString(13),
                OffsetMap = OffsetMap.Deserialize(r.GetString(14)),
            };
            var analysis = JsonSerializer.Deserialize<ArticleAnalysis>(r.GetString(15), TelisikJson.Compact) ?? ArticleAnalysis.Empty;
            yield return new StoredArticle(article, analysis, r.GetString(1), Str(r, 16), Str(r, 17), Str(r, 18));
        }
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        return cmd;
    }

    private object? Scalar(string sql, params (string, object?)[] args)
    {
        using var cmd = Command(sql, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    private static void Exec(SqliteConnection db, string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (n, v) in args) cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }

    private static object Db(string? s) => s is null ? DBNull.Value : s;

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? Date(string? s) =>
        s is null ? null : DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <inheritdoc />
    public void Dispose() => _db.Dispose();
}
