using FsCheck;
using FsCheck.Fluent;
using Telisik.Extraction.Dates;

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
}
