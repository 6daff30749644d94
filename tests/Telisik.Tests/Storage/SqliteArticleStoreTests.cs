using Telisik.Search;
using Microsoft.Data.Sqlite;
using Telisik.Cleaning;
using Telisik.Ingest;
using Telisik.Pipeline;
using Telisik.Sqlite;
using Telisik.Storage;
using Telisik.Stories;

namespace Telisik.Tests.Storage;

public sealed class SqliteArticleStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("telisik-test-").FullName;
    private string DbPath => Path.Combine(_dir, "t.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static Ingestor NewIngestor(IArticleStore store, int batchSize = 256) =>
        new(ArticleCleaner.LoadDefault(), DefaultPipeline.Create(), store, ClusteringStoryAssigner.CreateDefault(), batchSize);

    private static IEnumerable<ReadResult> SampleInputs() => Samples.TextInputs();

    [Fact]
    public void A_new_store_is_migrated_to_the_latest_schema_in_wal_mode()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        Assert.Equal(SqliteMigrations.Steps.Length, store.SchemaVersion);
        using var db = new SqliteConnection($"Data Source={DbPath}");
        db.Open();
        using var cmd = new SqliteCommand("PRAGMA journal_mode", db);
        Assert.Equal("wal", cmd.ExecuteScalar());
    }

    [Fact]
    public void A_version_1_store_is_upgraded_and_its_search_index_rebuilt_once()
    {
        using (var store = SqliteArticleStore.Open(DbPath))
            NewIngestor(store).Ingest(SampleInputs());
        var searcher = (SqliteArticleStore s) => new Searcher(s, SearchAnalyzer.CreateDefault());
        List<string> Ids(SqliteArticleStore s, string q) => searcher(s).Search(q, new SearchOptions(100)).Hits.Select(h => h.Id).Order().ToList();
        List<string> before;
        using (var store = SqliteArticleStore.Open(DbPath)) before = Ids(store, "pasukan korea");
        Assert.NotEmpty(before);
        Version1Store.Downgrade(DbPath);

        using (var store = SqliteArticleStore.Open(DbPath))
        {
            Assert.Equal(SqliteMigrations.Steps.Length, store.SchemaVersion);
            Assert.True(store.SearchIndexStale);
            var e = Assert.Throws<StoreException>(() => store.Search(null, new SearchFilters(), new SearchOptions()));
            Assert.Contains("telisik reindex", e.Message);
            Assert.Equal(store.CountArticles(), SearchIndexRebuilder.Rebuild(store));
            Assert.False(store.SearchIndexStale);
            Assert.Equal(before, Ids(store, "pasukan korea"));
            Assert.NotEmpty(Ids(store, "pasukan outlet:antara"));
            Assert.Empty(Ids(store, "pasukan outlet:kompas"));
        }
        using (var reopened = SqliteArticleStore.Open(DbPath))
            Assert.False(reopened.SearchIndexStale);
    }

    [Fact]
    public void A_new_store_needs_no_rebuild()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        Assert.False(store.SearchIndexStale);
    }

    [Fact]
    public void A_store_from_a_newer_version_is_refused_with_a_clear_error()
    {
        using (var db = new SqliteConnection($"Data Source={DbPath};Pooling=false"))
        {
            db.Open();
            new SqliteCommand("PRAGMA user_version = 99", db).ExecuteNonQuery();
        }
        var e = Assert.Throws<StoreException>(() => SqliteArticleStore.Open(DbPath));
        Assert.Contains("newer", e.Message);
    }

    [Fact]
    public void Articles_round_trip_with_their_fields_and_story()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var report = NewIngestor(store).Ingest(SampleInputs());
        Assert.Equal(report.Stored, store.CountArticles());
        var id = store.ArticleIds().First();
        var a = store.GetArticle(id)!;
        Assert.Equal(id, a.Article.Id);
        Assert.False(string.IsNullOrEmpty(a.Article.Text));
        Assert.NotNull(a.StoryId);
        Assert.Contains(store.GetStoryArticles(a.StoryId!), s => s.Article.Id == id);
    }

    [Fact]
    public void Reingesting_the_same_inputs_stores_nothing_new()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        var first = NewIngestor(store).Ingest(SampleInputs());
        var stories = store.ListStories(1000).Select(s => s.Id).ToList();
        var second = NewIngestor(store).Ingest(SampleInputs());
        Assert.True(first.Stored > 10);
        Assert.Equal(0, second.Stored);
        Assert.Equal(first.Stored, second.Unchanged);
        Assert.Equal(stories, store.ListStories(1000).Select(s => s.Id).ToList());
    }

    [Fact]
    public void A_batch_that_fails_midway_leaves_the_store_as_it_was_and_a_rerun_completes_it()
    {
        var inputs = SampleInputs().ToList();
        using (var store = SqliteArticleStore.Open(DbPath))
        {
            NewIngestor(store, batchSize: 4).Ingest(inputs.Take(4));
            Assert.Equal(4, store.CountArticles());
            // Simulate a crash: the second batch throws after the first of its inserts.
            var failing = new FailingStore(store);
            Assert.Throws<IOException>(() => NewIngestor(failing, batchSize: 4).Ingest(inputs));
            Assert.Equal(4, store.CountArticles());
        }
        using (var store = SqliteArticleStore.Open(DbPath))
        {
            var report = NewIngestor(store, batchSize: 4).Ingest(inputs);
            Assert.Equal(inputs.Count, store.CountArticles());
            Assert.Equal(4, report.Unchanged);
        }
    }

    [Fact]
    public void Queries_with_hostile_ids_are_parameterised()
    {
        using var store = SqliteArticleStore.Open(DbPath);
        NewIngestor(store).Ingest(SampleInputs().Take(2));
        Assert.Null(store.GetArticle("x' OR '1'='1"));
        Assert.Null(store.GetStory("'; DROP TABLE articles; --"));
        Assert.Equal(2, store.CountArticles());
    }

    /// <summary>A store whose batch write throws inside the transaction, like a process killed mid-write.</summary>
    private sealed class FailingStore(SqliteArticleStore inner) : IArticleStore
    {
        public string? FindByContentHash(string contentHash) => inner.FindByContentHash(contentHash);
        public string? ContentHashOf(string id) => inner.ContentHashOf(id);
        public void SaveBatch(StoreBatch batch)
        {
            var partial = new StoreBatch();
            partial.Articles.Add(batch.Articles[0]);
            partial.Articles.Add(batch.Articles[0]); // the duplicate primary key aborts the transaction after one insert
            try { inner.SaveBatch(partial); }
            catch (SqliteException e) { throw new IOException("simulated crash", e); }
        }
        public StoredArticle? GetArticle(string id) => inner.GetArticle(id);
        public IReadOnlyList<StoredArticle> GetStoryArticles(string storyId) => inner.GetStoryArticles(storyId);
        public string? ResolveStoryId(string storyId) => inner.ResolveStoryId(storyId);
        public IReadOnlyList<StorySummary> ListStories(int limit, int offset = 0) => inner.ListStories(limit, offset);
        public StorySummary? GetStory(string storyId) => inner.GetStory(storyId);
        public IEnumerable<StoredMembership> LoadMemberships(TimeSpan? window = null) => inner.LoadMemberships(window);
        public int CountArticles() => inner.CountArticles();
        public IEnumerable<string> ArticleIds() => inner.ArticleIds();
        public Telisik.Search.SearchResults Search(Telisik.Search.QueryNode? e, Telisik.Search.SearchFilters f, Telisik.Search.SearchOptions o) => inner.Search(e, f, o);
        public IReadOnlyDictionary<string, (string Text, string Language)> GetTexts(IReadOnlyCollection<string> ids) => inner.GetTexts(ids);
        public bool SearchIndexStale => inner.SearchIndexStale;
        public void ReplaceSearchDocuments(IEnumerable<(string ArticleId, Telisik.Search.SearchDocument Document)> d) => inner.ReplaceSearchDocuments(d);
        public void Dispose() { }
    }
}
