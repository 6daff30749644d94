using Telisik.Documents;
using Telisik.Extraction.Dates;
using Telisik.Pipeline;

namespace Telisik.Tests.Extraction.Dates;

public sealed class PublicationInferrerTests
{
    // Written for this test: an undated report naming a weekday+date and a bare day-month.
    private const string Undated =
        "Pada hari Jumat (18/10), dinas perhubungan menyatakan 40 kapal tertahan. Sebelumnya, pada 12 Oktober, pelabuhan ditutup.";

    private static AnalyzedArticle Analyze(string text, DateTimeOffset? published = null)
    {
        var article = new Article { Id = "u", RawText = text, Text = text, OffsetMap = OffsetMap.Identity(text.Length), Published = published };
        return DefaultPipeline.Create().Analyze(article);
    }

    [Fact]
    public void An_undated_article_gets_no_dates_resolved_and_no_publication_from_analysis_alone()
    {
        var doc = Analyze(Undated);
        Assert.Null(doc.Article.Published);
        Assert.All(doc.Dates, d => Assert.Null(d.Resolved));
        var inference = PublicationInferrer.Infer(doc, []);
        Assert.Null(inference.Published);
        Assert.Contains("several years", inference.Reason);
    }

    [Fact]
    public void A_neighbour_published_Thursday_24_October_2024_fixes_October_2024_and_Friday_18_10()
    {
        var doc = Analyze(Undated);
        var neighbour = new DateTimeOffset(2024, 10, 24, 10, 0, 0, TimeSpan.FromHours(7));
        var inference = PublicationInferrer.Infer(doc, [neighbour]);
        Assert.Equal("2024-10", inference.Iso);
        Assert.True(inference.Inferred);
        Assert.Contains("Jumat (18/10)", inference.Evidence);

        PublicationInferrer.Apply(doc, inference, new DateStage());
        Assert.NotNull(doc.Article.PublishedInferredFrom);
        Assert.Equal("2024-10-18", doc.Dates.Single(d => d.Text.Contains("18/10")).Resolved);
        Assert.Equal("2024-10-12", doc.Dates.Single(d => d.Text == "12 Oktober").Resolved);
    }

    [Fact]
    public void A_neighbour_in_2019_picks_the_year_where_18_October_is_a_Friday_then()
    {
        var doc = Analyze(Undated);
        var inference = PublicationInferrer.Infer(doc, [new DateTimeOffset(2019, 10, 20, 8, 0, 0, TimeSpan.FromHours(7))]);
        Assert.Equal("2019-10", inference.Iso);
    }

    [Fact]
    public void A_stated_full_date_is_evidence_without_neighbours()
    {
        var doc = Analyze("Rapat digelar Kamis 24 Oktober 2024 dan dihadiri 300 orang.");
        var inference = PublicationInferrer.Infer(doc, []);
        Assert.Equal("2024-10", inference.Iso);
    }

    [Fact]
    public void A_stated_publication_is_returned_as_not_inferred()
    {
        var published = new DateTimeOffset(2024, 10, 24, 10, 0, 0, TimeSpan.FromHours(7));
        var inference = PublicationInferrer.Infer(Analyze(Undated, published), []);
        Assert.False(inference.Inferred);
        Assert.Equal(published, inference.Published);
    }

    [Fact]
    public void Re_resolving_against_a_new_anchor_keeps_spans_and_changes_resolutions()
    {
        var doc = Analyze("Hujan turun kemarin.", new DateTimeOffset(2024, 10, 24, 9, 0, 0, TimeSpan.FromHours(7)));
        var before = doc.Dates.Single();
        new DateStage().Resolve(doc, new DateTimeOffset(2025, 1, 1, 9, 0, 0, TimeSpan.FromHours(7)));
        var after = doc.Dates.Single();
        Assert.Equal((before.Start, before.End), (after.Start, after.End));
        Assert.Equal("2024-10-23", before.Resolved);
        Assert.Equal("2024-12-31", after.Resolved);
    }

    [Fact]
    public void Publication_late_in_the_UTC_day_is_the_next_day_in_Jakarta()
    {
        // 23:30 UTC is 06:30 in Jakarta (after the small hours, which count as the day before).
        var found = DateStage.Find("Hujan turun hari ini.", "id", new DateTimeOffset(2024, 10, 23, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal("2024-10-24", found.Single().Resolved);
    }
}
