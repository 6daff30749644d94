using Telisik.Stories;

namespace Telisik.Tests.Stories;

/// <summary>Streaming story clustering over the sample news.</summary>
public class StoryClustererTests
{
    private static readonly DateTimeOffset T0 = SampleNews.Day0;

    private static ArticleFeatures Kabar() => SampleNews.Features("kabar-garut", SampleNews.GarutFloodKabar, T0, "Kabar Harian", "Banjir bandang terjang Garut, tujuh warga tewas");
    private static ArticleFeatures Warta() => SampleNews.Features("warta-garut", SampleNews.GarutFloodWarta, T0.AddHours(5), "Warta Kota Kita", "Sungai Cimanuk meluap, tujuh orang tewas di Garut");
    private static ArticleFeatures Bima() => SampleNews.Features("kabar-bima", SampleNews.BimaFloodKabar, T0.AddHours(30), "Kabar Harian", "Banjir rendam ratusan rumah di Kota Bima");

    private static StoryClusterer Warmed(StoryOptions? options = null)
    {
        var c = new StoryClusterer(options ?? new StoryOptions());
        foreach (var f in SampleNews.BackgroundFeatures()) c.Add(f);
        return c;
    }

    [Fact]
    public void Same_event_from_two_outlets_joins_one_story_and_a_different_flood_does_not()
    {
        var c = Warmed();
        var first = c.Add(Kabar());
        var second = c.Add(Warta());
        var third = c.Add(Bima());

        Assert.True(first.Assignment.OpenedStory);
        Assert.False(second.Assignment.OpenedStory);
        Assert.Equal(first.Assignment.StoryId, second.Assignment.StoryId);
        Assert.NotEqual(first.Assignment.StoryId, third.Assignment.StoryId);
        Assert.Empty(second.CopyLinks); // independent reports are not copies
    }

    [Fact]
    public void Joining_article_explains_itself_with_shared_terms_and_entities()
    {
        var c = Warmed();
        c.Add(Kabar());
        var reason = c.Add(Warta()).Assignment.Reason;
        Assert.Equal("kabar-garut", reason.MatchedArticleId);
        Assert.True(reason.Score >= c.Options.JoinThreshold);
        Assert.Contains("garut", reason.SharedTerms.Concat(reason.SharedEntities));
        Assert.NotEmpty(reason.SharedEntities);
    }

    [Fact]
    public void Story_snapshot_has_outlets_times_title_and_independent_count()
    {
        var c = Warmed();
        c.Add(Kabar());
        c.Add(Warta());
        var copy = SampleNews.Features("salinan", Telisik.Tests.Dedup.CopyIndexTests.EditedCopy(SampleNews.GarutFloodKabar), T0.AddHours(8), "Portal Salin");
        var update = c.Add(copy);
        Assert.Equal("kabar-garut", Assert.Single(update.CopyLinks).OriginalId);

        var story = c.GetStory(update.Assignment.StoryId)!;
        Assert.Equal(3, story.ArticleCount);
        Assert.Equal(2, story.IndependentCount);
        Assert.Equal(["Kabar Harian", "Warta Kota Kita", "Portal Salin"], story.Outlets);
        Assert.Equal(T0, story.FirstPublished);
        Assert.Equal(T0.AddHours(8), story.LastPublished);
        Assert.Contains(story.Title, new[] { Kabar().Headline, Warta().Headline, copy.Headline });
        Assert.Equal("kabar-garut", story.Articles.Single(a => a.Id == "salinan").CopyOf);
    }

    [Fact]
    public void Story_ids_derive_from_the_founder_and_are_equal_across_runs()
    {
        static List<string> Run()
        {
            var c = Warmed();
            return new[] { Kabar(), Warta(), Bima() }.Select(f => c.Add(f).Assignment.StoryId).ToList();
        }
        var a = Run();
        Assert.Equal(a, Run());
        Assert.Equal(StoryClusterer.StoryIdFor("kabar-garut"), a[0]);
        Assert.Equal(StoryClusterer.StoryIdFor("kabar-bima"), a[2]);
    }

    [Fact]
    public void Arrival_order_does_not_change_the_partition()
    {
        // A running system has learned document frequencies (the background); the event's articles then arrive
        // in any order, as backfills do.
        var events = new[] { Kabar(), Warta(), Bima() };
        static HashSet<(string, string)> Pairs(IEnumerable<ArticleFeatures> fs)
        {
            var c = Warmed();
            var story = fs.ToDictionary(f => f.Id, f => c.Add(f).Assignment.StoryId);
            var ids = story.Keys.Order(StringComparer.Ordinal).ToList();
            var pairs = new HashSet<(string, string)>();
            foreach (var x in ids) foreach (var y in ids)
                if (string.CompareOrdinal(x, y) < 0 && c.ResolveStoryId(story[x]) == c.ResolveStoryId(story[y])) pairs.Add((x, y));
            return pairs;
        }
        var inOrder = Pairs(events);
        Assert.Equal([("kabar-garut", "warta-garut")], inOrder);
        foreach (var order in new[] { new[] { 2, 1, 0 }, [1, 0, 2], [1, 2, 0], [2, 0, 1] })
            Assert.Equal(inOrder, Pairs(order.Select(i => events[i])));
    }

    [Fact]
    public void Bridging_article_merges_two_stories_and_the_old_id_redirects_to_the_earliest()
    {
        // The two reports arrive three days apart, outside a two-day window, so they open two stories; an article
        // published between them that matches both then merges them.
        var options = new StoryOptions { Window = TimeSpan.FromDays(2), TimeScale = TimeSpan.FromDays(100) };
        var c = Warmed(options);
        var a = c.Add(Kabar()).Assignment.StoryId;
        var b = c.Add(SampleNews.Features("warta-only", SampleNews.GarutFloodWarta, T0.AddDays(3), "Warta Kota Kita")).Assignment.StoryId;
        Assert.NotEqual(a, b);

        var bridge = c.Add(SampleNews.Features("bridge", SampleNews.GarutFloodWarta + "\n" + SampleNews.GarutFloodKabar, T0.AddDays(1.5), "Ringkas"));
        var merge = Assert.Single(bridge.Merges);
        Assert.Equal((b, a), (merge.FromStoryId, merge.IntoStoryId));
        Assert.Equal(a, c.ResolveStoryId(b));
        Assert.Equal(a, c.StoryOf("warta-only"));
        Assert.Equal(3, c.GetStory(b)!.ArticleCount);
    }

    [Fact]
    public void Articles_leave_memory_after_the_retention_window_and_are_not_candidates()
    {
        var options = new StoryOptions { Retention = TimeSpan.FromDays(4) };
        var c = Warmed(options);
        var old = c.Add(Kabar()).Assignment.StoryId;
        c.Add(SampleNews.Features("later", SampleNews.Background[0] + " Rapat berikutnya bulan depan.", T0.AddDays(5), "Latar"));
        Assert.Null(c.StoryOf("kabar-garut"));
        Assert.Null(c.GetStory(old));
        var again = c.Add(Warta() with { Published = T0.AddDays(5) });
        Assert.True(again.Assignment.OpenedStory);
    }

    [Fact]
    public void Deleted_article_is_gone_and_its_story_keeps_its_id()
    {
        var c = Warmed();
        var story = c.Add(Kabar()).Assignment.StoryId;
        c.Add(Warta());
        Assert.True(c.Remove("kabar-garut"));
        Assert.False(c.Remove("kabar-garut"));
        Assert.Null(c.StoryOf("kabar-garut"));
        var s = c.GetStory(story)!;
        Assert.Equal(story, s.Id);
        Assert.Equal(["warta-garut"], s.Articles.Select(x => x.Id));
    }

    [Fact]
    public void Restored_state_assigns_new_articles_like_the_original_run()
    {
        var first = Warmed();
        var kabar = first.Add(Kabar()).Assignment;

        var restored = new StoryClusterer(new StoryOptions());
        foreach (var f in SampleNews.BackgroundFeatures()) restored.Restore(f, first.StoryOf(f.Id)!);
        restored.Restore(Kabar(), kabar.StoryId);
        var update = restored.Add(Warta());
        Assert.Equal(kabar.StoryId, update.Assignment.StoryId);
        Assert.Equal(first.Add(Warta()).Assignment.StoryId, update.Assignment.StoryId);
    }

    [Fact]
    public void Adding_the_same_article_twice_is_an_error()
    {
        var c = Warmed();
        c.Add(Kabar());
        Assert.Throws<InvalidOperationException>(() => c.Add(Kabar()));
    }
}
