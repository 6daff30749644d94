using FsCheck;
using FsCheck.Fluent;
using Telisik.Documents;
using Telisik.Extraction.Dates;
using Telisik.Pipeline;

namespace Telisik.Tests.Extraction.Dates;

public sealed class DateStageTests
{
    private static readonly DateTimeOffset Thursday24October2024 = new(2024, 10, 24, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Every_date_span_is_its_evidence_on_generated_text() =>
        Prop.ForAll(
                Gen.ArrayOf(Gen.Elements(
                    "Jumat (18/10)", "kemarin", "12 Oktober", "pukul 10.00 WIB", "(27/3/2017)", "2017-05-12", "pekan lalu",
                    "awal hingga", "pertengahan", "Oktober", "tahun", "2019", ",", ".", "\n", "(", ")", "/", "31", "Minggu", "lalu")).ToArbitrary(),
                parts =>
                {
                    var text = string.Join(' ', parts);
                    var found = DateStage.Find(text, "id", Thursday24October2024);
                    return found.All(d => d.Start >= 0 && d.End <= text.Length && d.Start < d.End && text[d.Start..d.End] == d.Text);
                }).QuickCheckThrowOnFailure();

    [Fact]
    public void Hostile_input_of_slashes_and_digits_finishes_and_keeps_spans()
    {
        var text = string.Concat(Enumerable.Repeat("31/12/(29/2/", 30_000)) + string.Concat(Enumerable.Repeat("Senin Selasa ", 10_000));
        var found = DateStage.Find(text, "id", Thursday24October2024);
        Assert.All(found, d => Assert.Equal(d.Text, text[d.Start..d.End]));
        Assert.Contains(found, d => d.Resolved == "2024-10-21");
    }

    [Fact]
    public void Hostile_input_of_quotations_and_speech_days_finishes_and_keeps_spans()
    {
        // Many quotations, speech verbs, day names and deictic words, and no sentence end: the statement-day pass must
        // stay linear (it once scanned every sentence back from every day name).
        var text = string.Concat(Enumerable.Repeat("\"hari ini besok\" katanya, Kamis (24/10), ", 20_000))
                 + string.Concat(Enumerable.Repeat("ia mengatakan, Rabu (23/10), hari ini ", 20_000));
        var found = DateStage.Find(text, "id", Thursday24October2024);
        Assert.All(found, d => Assert.Equal(d.Text, text[d.Start..d.End]));
        Assert.Contains(found, d => d.Resolved == "2024-10-23");
    }

    [Fact]
    public void Hostile_input_of_disagreeing_day_names_and_lone_clock_times_finishes_and_keeps_spans()
    {
        // Day names that disagree with their numbers (each looks for the day its number falls on) and clock times far
        // from any day (each takes the lead's): both passes must stay linear. 23 October 2024 was a Wednesday.
        var text = "Rapat digelar Rabu (23/10).\n\n" + string.Concat(Enumerable.Repeat("Selasa (23/10) dan Rabu (23/10), ", 20_000))
                 + "\n\n" + string.Concat(Enumerable.Repeat("pukul 10.00 WIB ", 20_000));
        var found = DateStage.Find(text, "id", Thursday24October2024);
        Assert.All(found, d => Assert.Equal(d.Text, text[d.Start..d.End]));
        Assert.Contains(found, d => d.Text == "Selasa (23/10)" && d.Resolved == "2024-10-22");
        Assert.Contains(found, d => d.Text == "pukul 10.00 WIB" && d.Resolved == "2024-10-23T10:00+07:00");
    }

    [Fact]
    public void Invalid_calendar_days_are_not_days()
    {
        var found = DateStage.Find("Rapat digelar (31/2) dan 30 Februari 2024.", "id", Thursday24October2024);
        Assert.DoesNotContain(found, d => d.Granularity == DateGranularity.Day);
        Assert.DoesNotContain(found, d => d.Text.Contains("31/2"));
    }

    [Fact]
    public void Stage_is_safe_to_share_between_threads()
    {
        const string text = "Pada hari Jumat (18/10), sejak awal hingga pertengahan Oktober, dan kemarin pukul 10.00 WIB.";
        var expected = DateStage.Find(text, "id", Thursday24October2024).Select(d => d.Resolved).ToArray();
        Parallel.For(0, 64, _ => Assert.Equal(expected, DateStage.Find(text, "id", Thursday24October2024).Select(d => d.Resolved)));
    }

    [Fact]
    public void Hostile_input_of_clock_times_and_places_finishes_and_keeps_spans()
    {
        var text = string.Concat(Enumerable.Repeat("pukul 10.00 waktu setempat di Sydney atau 15.00 WIB dan jam 9 di Tokyo ", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var found = DateStage.Find(text, "id", Thursday24October2024);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.All(found, d => Assert.Equal(d.Text, text[d.Start..d.End]));
        Assert.Contains(found, d => d.Resolved == "2024-10-24T10:00+11:00");
    }

    [Fact]
    public void A_date_counted_from_the_articles_own_day_records_the_correction()
    {
        // Written for this test: the text dates its report a day before the stamp.
        const string text = "Polisi menangkap pelaku, Rabu (23/10). Kemarin, warga melapor.";
        var found = DateStage.Find(text, "id", Thursday24October2024);
        var yesterday = Assert.Single(found, d => d.Text == "Kemarin");
        Assert.Equal("2024-10-22", yesterday.Resolved);
        Assert.Contains("Rabu (23/10)", yesterday.AnchoredOn);
        Assert.Contains("2024-10-24", yesterday.AnchoredOn);
        Assert.Null(Assert.Single(found, d => d.Text == "Rabu (23/10)").AnchoredOn);
    }

    [Fact]
    public void An_inferred_publication_is_a_day_not_a_moment()
    {
        // A publication inferred at midnight must not read as a stamp in the small hours.
        const string text = "Sekitar pukul 07.00 WIB hari ini, kapal itu berangkat.";
        var article = new Article
        {
            Id = "i", RawText = text, Text = text, OffsetMap = OffsetMap.Identity(text.Length),
            Published = new DateTimeOffset(2024, 10, 24, 0, 0, 0, TimeSpan.FromHours(7)), PublishedInferredFrom = "test",
        };
        var doc = new AnalyzedArticle(article);
        new DateStage().Run(doc);
        Assert.Equal("2024-10-24", Assert.Single(doc.Dates, d => d.Text == "hari ini").Resolved);
        // The same text with a stated stamp at 00:00: a stamp in the small hours counts as the day before.
        Assert.Equal("2024-10-23", Assert.Single(DateStage.Find(text, "id", article.Published), d => d.Text == "hari ini").Resolved);
    }
}
