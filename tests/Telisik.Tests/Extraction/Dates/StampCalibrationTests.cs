using Telisik.Extraction.Dates;
using Telisik.Ingest;

namespace Telisik.Tests.Extraction.Dates;

public sealed class StampCalibrationTests
{
    // Written for these tests: a dateline naming the day the report was written.
    private static string Report(DateOnly day) =>
        $"Jakarta, {Weekday(day)} ({day.Day}/{day.Month}) - Polisi menutup jalan itu selama dua jam karena banjir.";

    private static string Weekday(DateOnly d) =>
        new[] { "Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu" }[(int)d.DayOfWeek];

    private static DateTimeOffset Late(DateOnly day) => new(day.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero);

    [Fact]
    public void A_late_utc_stamp_votes_for_the_reading_whose_day_the_text_names()
    {
        var day = new DateOnly(2024, 10, 18);
        Assert.True(StampCalibration.Vote(Late(day), Report(day), "id"));
        Assert.False(StampCalibration.Vote(Late(day), Report(day.AddDays(1)), "id"));
        // A day two away names neither reading; an early stamp falls on one day under both readings.
        Assert.Null(StampCalibration.Vote(Late(day), Report(day.AddDays(3)), "id"));
        Assert.Null(StampCalibration.Vote(new DateTimeOffset(2024, 10, 18, 9, 0, 0, TimeSpan.Zero), Report(day), "id"));
        // A stamp with a real offset is taken at its word.
        Assert.Null(StampCalibration.Vote(new DateTimeOffset(2024, 10, 18, 20, 0, 0, TimeSpan.FromHours(7)), Report(day), "id"));
    }

    [Fact]
    public void An_outlet_reads_local_only_on_enough_and_clear_evidence()
    {
        var calibration = new StampCalibration();
        var start = new DateOnly(2024, 10, 1);
        for (var n = 0; n < StampCalibration.MinVotes - 1; n++)
            calibration.Observe("Harian Contoh", Late(start.AddDays(n)), Report(start.AddDays(n)), "id");
        Assert.False(calibration.ReadsLocal("Harian Contoh"));
        calibration.Observe("Harian Contoh", Late(start.AddDays(20)), Report(start.AddDays(20)), "id");
        Assert.True(calibration.ReadsLocal("Harian Contoh"));
        // A second outlet split evenly stays as labelled.
        for (var n = 0; n < 12; n++)
            calibration.Observe("Kabar Lain", Late(start.AddDays(n)), Report(start.AddDays(n + n % 2)), "id");
        Assert.False(calibration.ReadsLocal("Kabar Lain"));
        var verdict = Assert.Single(calibration.Verdicts(), v => v.Outlet == "Kabar Lain");
        Assert.Equal((6, 6), (verdict.LocalVotes, verdict.UtcVotes));
    }

    [Fact]
    public void An_outlet_with_too_few_votes_follows_the_collection()
    {
        var calibration = new StampCalibration();
        var start = new DateOnly(2024, 10, 1);
        // One outlet alone dates few of its days; before the collection has enough votes, it stays as labelled.
        calibration.Observe("Jarang", Late(start), Report(start), "id");
        Assert.False(calibration.ReadsLocal("Jarang"));
        Assert.False(calibration.ReadsLocal("Tanpa Tanggal"));
        for (var n = 1; n <= StampCalibration.MinVotes; n++)
            calibration.Observe("Sering", Late(start.AddDays(n)), Report(start.AddDays(n)), "id");
        // The collection now reads local, and so do the outlet with one vote and the outlet with none ...
        Assert.True(calibration.Collection.ReadsLocal);
        Assert.True(calibration.ReadsLocal("Jarang"));
        Assert.True(calibration.ReadsLocal("Tanpa Tanggal"));
        Assert.True(Assert.Single(calibration.Verdicts(), v => v.Outlet == "Jarang").FromCollection);
        Assert.False(Assert.Single(calibration.Verdicts(), v => v.Outlet == "Sering").FromCollection);
        // ... but an outlet with enough evidence of its own against local time keeps its own verdict.
        for (var n = 0; n < StampCalibration.MinVotes; n++)
            calibration.Observe("Tepat", Late(start.AddDays(n)), Report(start.AddDays(n + 1)), "id");
        Assert.False(calibration.ReadsLocal("Tepat"));
        Assert.Equal((11, 10), (calibration.Collection.LocalVotes, calibration.Collection.UtcVotes));
        // 11 of 21 is short of the share, so the collection, and the outlets that follow it, are read as labelled.
        Assert.False(calibration.ReadsLocal("Jarang"));
        Assert.True(calibration.ReadsLocal("Sering"));
    }

    [Fact]
    public void As_jakarta_keeps_the_clock_and_drops_the_label()
    {
        var read = StampCalibration.AsJakarta(new DateTimeOffset(2017, 3, 28, 20, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2017, 3, 28, 20, 0, 0, TimeSpan.FromHours(7)), read);
    }

    [Fact]
    public void The_stamp_reader_restamps_only_what_the_reading_says()
    {
        var day = new DateOnly(2024, 10, 18);
        ReadResult Record(string outlet) => ReadResult.Accept(new RawArticle { Outlet = outlet, Published = Late(day), Text = Report(day), Source = "t" });
        var input = new[] { Record("A"), Record("B"), ReadResult.Reject("t:3", RejectionKind.MalformedJson, "bad") };
        var calibration = new StampCalibration();
        for (var n = 0; n < StampCalibration.MinVotes; n++) calibration.Observe("A", Late(day.AddDays(n)), Report(day.AddDays(n)), "id");
        // B's own texts date the Jakarta day of its stamps: they are true UTC.
        for (var n = 0; n < StampCalibration.MinVotes; n++) calibration.Observe("B", Late(day.AddDays(n)), Report(day.AddDays(n + 1)), "id");

        var given = StampReader.Apply(input, StampReading.Given).ToList();
        var local = StampReader.Apply(input, StampReading.Local).ToList();
        var auto = StampReader.Apply(input, StampReading.Auto, calibration).ToList();

        Assert.All(given.Take(2), r => Assert.Equal(TimeSpan.Zero, r.Article!.Published!.Value.Offset));
        Assert.All(local.Take(2), r => Assert.Equal(TimeSpan.FromHours(7), r.Article!.Published!.Value.Offset));
        Assert.Equal(TimeSpan.FromHours(7), auto[0].Article!.Published!.Value.Offset);
        Assert.Equal(TimeSpan.Zero, auto[1].Article!.Published!.Value.Offset);
        Assert.NotNull(auto[2].Rejection);
    }
}
