using Telisik.Stories;

namespace Telisik.Tests.Stories;

/// <summary>
/// A developing story: a later report from another outlet that repeats the story's specific figures continues it, even
/// past the window and the time decay; repeated numbers within one outlet (its template) do not.
/// </summary>
public class StoryContinuationTests
{
    private static readonly DateTimeOffset T0 = SampleNews.Day0;

    /// <summary>A two-day window with a one-day time scale: without continuation, a report four days later cannot join.</summary>
    private static readonly StoryOptions Short = new() { Window = TimeSpan.FromDays(2), TimeScale = TimeSpan.FromDays(1) };

    private static StoryClusterer Warmed(StoryOptions options)
    {
        var c = new StoryClusterer(options);
        foreach (var f in SampleNews.BackgroundFeatures()) c.Add(f);
        return c;
    }

    private static ArticleFeatures Kabar() =>
        SampleNews.Features("kabar-garut", SampleNews.GarutFloodKabar, T0, "Kabar Harian", "Banjir bandang terjang Garut, tujuh warga tewas");

    private static ArticleFeatures FollowUp(string outlet) =>
        SampleNews.Features("susulan", SampleNews.GarutFloodFollowUp, T0.AddDays(4), outlet, "Empat hari pascabanjir, 1.250 warga Garut masih mengungsi");

    [Fact]
    public void Report_from_another_outlet_repeating_a_specific_figure_continues_the_story_past_the_window()
    {
        var c = Warmed(Short);
        var first = c.Add(Kabar()).Assignment.StoryId;
        var later = c.Add(FollowUp("Warta Kota Kita")).Assignment;
        Assert.False(later.OpenedStory);
        Assert.Equal(first, later.StoryId);
    }

    [Fact]
    public void Repeated_figures_within_one_outlet_are_not_a_continuation()
    {
        var c = Warmed(Short);
        c.Add(Kabar());
        Assert.True(c.Add(FollowUp("Kabar Harian")).Assignment.OpenedStory);
    }

    [Fact]
    public void Without_continuations_the_later_report_opens_a_story()
    {
        var c = Warmed(Short with { ContinuationFigures = 0 });
        c.Add(Kabar());
        Assert.True(c.Add(FollowUp("Warta Kota Kita")).Assignment.OpenedStory);
    }

    [Fact]
    public void A_continuation_is_limited_to_its_own_window()
    {
        var c = Warmed(Short with { ContinuationWindow = TimeSpan.FromDays(3) });
        c.Add(Kabar());
        Assert.True(c.Add(FollowUp("Warta Kota Kita")).Assignment.OpenedStory);
    }

    [Fact]
    public void Pair_evidence_counts_the_shared_specific_figures_and_skips_the_time_decay()
    {
        var c = Warmed(Short);
        var e = c.Compare(Kabar(), FollowUp("Warta Kota Kita"));
        Assert.True(e.SpecificFigures >= 1);
        Assert.Equal(TimeSpan.FromDays(4), e.Apart);
        Assert.True(e.Score >= Short.JoinThreshold, $"score {e.Score}");
        var sameOutlet = c.Compare(Kabar(), FollowUp("Kabar Harian"));
        Assert.True(sameOutlet.Score < e.Score * 0.1, $"decayed score {sameOutlet.Score}");
    }

    [Theory]
    [InlineData("12000 tentara", "12000")]
    [InlineData("1500 personel", "1500")]
    [InlineData("57.8 persen", "57.8")]
    [InlineData("1200000000000 idr", "1200000000000")]
    [InlineData("10000 tentara", null)]
    [InlineData("500000000 idr", null)]
    [InlineData("13 orang", null)]
    [InlineData("3 lokasi", null)]
    public void Specific_figures_are_fractions_or_values_with_two_significant_digits(string key, string? value) =>
        Assert.Equal(value, StoryClusterer.SpecificValue(key));
}
