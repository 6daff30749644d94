using Microsoft.Data.Sqlite;
using Telisik.Cleaning;
using Telisik.Documents;
using Telisik.Extraction.Entities;
using Telisik.Ingest;
using Telisik.Pipeline;
using Telisik.Search;
using Telisik.Sqlite;
using Telisik.Storage;
using Telisik.Stories;

namespace Telisik.Tests.Search;

/// <summary>Search over a store holding the project's sample articles.</summary>
public sealed class SearchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("telisik-search-").FullName;
    private readonly SqliteArticleStore _store;
    private readonly Searcher _searcher;

    public SearchTests()
    {
        _store = SqliteArticleStore.Open(Path.Combine(_dir, "t.db"));
        var inputs = Samples.AllInputs();
        new Ingestor(ArticleCleaner.LoadDefault(), DefaultPipeline.Create(), _store, ClusteringStoryAssigner.CreateDefault()).Ingest(inputs);
        _searcher = new Searcher(_store, SearchAnalyzer.CreateDefault());
    }

    public void Dispose()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private IReadOnlyList<SearchHit> Hits(string q, int limit = 100) => _searcher.Search(q, new SearchOptions(limit)).Hits;

    private string TextOf(string id) => _store.GetArticle(id)!.Article.Text;

    [Fact]
    public void A_word_finds_its_other_forms_through_the_stem()
    {
        // "pengiriman" (sending) must find articles that only say "mengirim"/"dikirim"/"mengirimkan".
        var hits = Hits("pengiriman");
        Assert.Contains(hits, h => !TextOf(h.Id).Contains("pengiriman", StringComparison.OrdinalIgnoreCase));
        // "pengiriman" is peng- + kirim with the k elided, so it never contains "kirim" itself.
        Assert.All(hits, h => Assert.Matches("(?i)kirim|ngirim", TextOf(h.Id)));
    }

    [Fact]
    public void All_words_must_match_and_or_widens()
    {
        var both = Hits("banjir sigi").Select(h => h.Id).ToHashSet();
        var banjir = Hits("banjir").Select(h => h.Id).ToHashSet();
        Assert.NotEmpty(both);
        Assert.True(both.IsSubsetOf(banjir));
        Assert.True(banjir.Count > both.Count);
        var either = Hits("sigi OR dayeuhkolot").Select(h => h.Id).ToHashSet();
        Assert.True(either.Count > Hits("sigi").Count);
    }

    [Fact]
    public void A_phrase_needs_the_words_together_and_an_exclusion_removes()
    {
        var phrase = Hits("\"korea utara\"");
        Assert.NotEmpty(phrase);
        Assert.All(phrase, h => Assert.Matches("(?i)korea utara|korut", TextOf(h.Id)));
        var without = Hits("\"korea utara\" -rudal");
        Assert.All(without, h => Assert.DoesNotMatch("(?i)\\brudal\\b", TextOf(h.Id)));
        Assert.True(without.Count < phrase.Count);
    }

    [Fact]
    public void A_prefix_matches_longer_words()
    {
        Assert.Contains(Hits("listr*"), h => TextOf(h.Id).Contains("listrik", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Filters_restrict_by_outlet_language_and_dates()
    {
        Assert.All(Hits("outlet:antara"), h => Assert.Equal("Antara", h.Outlet));
        Assert.All(Hits("lang:en"), h => Assert.Equal("en", _store.GetArticle(h.Id)!.Article.Language));
        Assert.NotEmpty(Hits("lang:en"));
        var december = Hits("banjir from:2024-12-01 to:2024-12-31");
        Assert.NotEmpty(december);
        Assert.All(december, h => Assert.Equal(12, h.Published!.Value.Month));
    }

    [Theory]
    [InlineData("banjir", "outlet:antara")]
    [InlineData("banjir OR gempa", "outlet:cnn outlet:detik")]
    [InlineData("pasukan", "lang:id")]
    [InlineData("troops", "lang:en")]
    [InlineData("banjir", "from:2024-12-01 to:2024-12-31")]
    [InlineData("banjir", "from:2024-12-10")]
    [InlineData("banjir", "from:2024-12-07 to:2024-12-12")]
    [InlineData("pasukan", "from:2024-10-17 to:2024-10-22")]
    [InlineData("korea", "to:2024-10-20")]
    [InlineData("korea", "from:2000-01-01 to:2030-12-31")]
    [InlineData("banjir -sigi", "lang:id from:2024-01-01")]
    public void Filters_with_words_match_exactly_the_words_results_that_pass_them(string words, string filter)
    {
        // The filters run inside the index (metadata terms); checking the unfiltered hits one by one must agree.
        var parsed = SearchQueryParser.Parse(filter).Filters;
        var expected = Hits(words, 1000).Where(h => Passes(_store.GetArticle(h.Id)!.Article, parsed)).Select(h => h.Id).Order().ToList();
        var actual = Hits($"{words} {filter}", 1000).Select(h => h.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);

        static bool Passes(Article a, SearchFilters f) =>
            (f.Outlets.Count == 0 || f.Outlets.Any(o => a.Outlet?.StartsWith(o, StringComparison.OrdinalIgnoreCase) == true))
            && (f.Languages.Count == 0 || f.Languages.Contains(a.Language))
            && (f.From is null || a.Published >= f.From)
            && (f.To is null || a.Published < f.To);
    }

    [Theory]
    [InlineData("ejohnkirby")]
    [InlineData("okompascom")]
    [InlineData("oantara")]
    [InlineData("y2024")]
    [InlineData("m202410")]
    [InlineData("\uE000oantara")]
    [InlineData("\"\uE000y2024\"")]
    public void Words_never_match_the_metadata_terms(string word)
    {
        Assert.Empty(Hits(word));
    }

    [Fact]
    public void A_filter_that_matches_nothing_gives_no_hits_not_an_error()
    {
        Assert.Empty(Hits("banjir outlet:tidakada"));
        Assert.Empty(Hits("banjir from:2099-01-01"));
        Assert.Empty(Hits("banjir to:1990-01-01"));
        Assert.Empty(Hits("banjir outlet:\"!!!\""));
    }

    [Fact]
    public void The_story_filter_keeps_one_story()
    {
        var any = Hits("listrik").First(h => h.StoryId is not null);
        Assert.All(Hits($"story:{any.StoryId}"), h => Assert.Equal(any.StoryId, h.StoryId));
    }

    [Fact]
    public void Facets_count_matches_per_outlet_and_day()
    {
        var r = _searcher.Search("banjir", new SearchOptions(1));
        Assert.Single(r.Hits);
        Assert.Equal(r.Total, r.Outlets.Sum(f => f.Count));
        Assert.True(r.Outlets.Count > 1);
        Assert.Contains(r.Days, d => d.Value.StartsWith("2024-12", StringComparison.Ordinal));
    }

    [Fact]
    public void Snippets_are_evidence_with_highlighted_matches()
    {
        foreach (var h in Hits("pasukan"))
        {
            var text = TextOf(h.Id);
            Assert.Equal(h.Snippet!.Text, text[h.Snippet.Start..h.Snippet.End]);
            Assert.NotEmpty(h.Snippet.Highlights);
            Assert.All(h.Snippet.Highlights, s => Assert.StartsWith("pasu", text[s.Start..s.End], StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Title_matches_rank_above_body_matches()
    {
        var hits = Hits("cabai");
        Assert.True(hits.Count >= 2);
        Assert.Contains("abai", (hits[0].Title ?? "") + TextOf(hits[0].Id)[..200], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("NEAR(korea utara)")]
    [InlineData("title:korea")]
    [InlineData("korea AND NOT")]
    [InlineData("^korea")]
    [InlineData("a\"b")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("korea {body}")]
    [InlineData("korea + utara")]
    public void User_text_never_acts_as_an_index_operator(string query)
    {
        try
        {
            var r = _searcher.Search(query, new SearchOptions(5));
            Assert.True(r.Total >= 0);
        }
        catch (QueryParseException)
        {
            // A clear parse error is fine; an SQLite error is not.
        }
        Assert.Equal(30, _store.CountArticles());
    }

    [Fact]
    public void Entity_filter_uses_the_stored_entity_names_and_aliases()
    {
        var article = new Article { Id = "ent-1", Text = "Juru bicara menyampaikan keterangan kepada wartawan di kantornya hari ini tentang rencana itu.", RawText = "x", OffsetMap = OffsetMap.Identity(1), Language = "id", Outlet = "Uji" };
        var analysis = ArticleAnalysis.Empty with { Entities = [new Entity(EntityType.Person, "John Kirby", ["Kirby"], [new Mention(0, 4, "Juru")])] };
        var batch = new StoreBatch();
        batch.Articles.Add(new BatchArticle(new StoredArticle(article, analysis, "hash-ent-1", "s-ent", null, null), "", new SearchDocument("", "juru bicara", "")));
        _store.SaveBatch(batch);
        // The hand-made article has the entity without its name in the text; the samples that name Kirby match too.
        var kirby = Hits("entity:\"john kirby\"");
        Assert.Contains(kirby, h => h.Id == "ent-1");
        Assert.All(kirby.Where(h => h.Id != "ent-1"), h => Assert.Contains("Kirby", TextOf(h.Id)));
        Assert.Contains(Hits("entity:Kirby bicara"), h => h.Id == "ent-1");
        Assert.Empty(Hits("entity:\"Budi Santoso Wiryawan\""));
    }

    [Fact]
    public void A_query_with_more_matches_than_the_window_is_ranked_within_the_newest_and_says_so()
    {
        using var small = SqliteArticleStore.Open(Path.Combine(_dir, "t.db"), rankWindow: 3);
        var searcher = new Searcher(small, SearchAnalyzer.CreateDefault());
        var all = _searcher.Search("banjir", new SearchOptions(100));
        Assert.False(all.Sampled);
        Assert.False(all.TotalIsLowerBound);
        Assert.True(all.Total > 3);
        var bounded = searcher.Search("banjir", new SearchOptions(100));
        Assert.True(bounded.Sampled);
        Assert.True(bounded.TotalIsLowerBound);
        Assert.Equal(3, bounded.Total);
        Assert.Equal(3, bounded.Hits.Count);
        Assert.Equal(3, bounded.Outlets.Sum(f => f.Count));
        // A query with fewer matches than the window is exact.
        var few = searcher.Search("gempa sukabumi", new SearchOptions(100));
        Assert.False(few.Sampled);
        Assert.Equal(_searcher.Search("gempa sukabumi", new SearchOptions(100)).Total, few.Total);
    }

    [Fact]
    public void Story_search_groups_hits_by_story()
    {
        var (total, stories) = _searcher.SearchStories("banjir", new SearchOptions(10));
        Assert.True(total >= 2);
        Assert.Equal(stories.Select(s => s.Story.Id).Distinct().Count(), stories.Count);
        Assert.All(stories, s => Assert.True(s.MatchingArticles >= 1));
    }

    [Fact]
    public void Reindexing_keeps_results_the_same()
    {
        var before = Hits("pengiriman").Select(h => h.Id).Order().ToList();
        var pipeline = DefaultPipeline.CreateLanguageOnly();
        var analyzer = SearchAnalyzer.CreateDefault();
        _store.ReplaceSearchDocuments(_store.ArticleIds().ToList().Select(id => (id, analyzer.Document(pipeline.Analyze(_store.GetArticle(id)!.Article)))));
        Assert.Equal(before, Hits("pengiriman").Select(h => h.Id).Order().ToList());
    }
}
