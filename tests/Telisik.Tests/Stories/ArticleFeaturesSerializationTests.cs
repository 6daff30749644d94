using Telisik.Stories;

namespace Telisik.Tests.Stories;

/// <summary>Features are stored per article by the host: they must survive a JSON round trip unchanged.</summary>
public class ArticleFeaturesSerializationTests
{
    [Fact]
    public void Json_round_trip_keeps_every_field()
    {
        var f = SampleNews.Features("g", SampleNews.GarutFloodKabar, SampleNews.Day0, "Kabar Harian", "Banjir bandang terjang Garut");
        var json = System.Text.Json.JsonSerializer.Serialize(f);
        var back = System.Text.Json.JsonSerializer.Deserialize<ArticleFeatures>(json)!;
        Assert.Equal((f.Id, f.Outlet, f.Published, f.Headline), (back.Id, back.Outlet, back.Published, back.Headline));
        Assert.Equal(f.Terms, back.Terms);
        Assert.Equal(f.HeadTerms, back.HeadTerms);
        Assert.Equal(f.Entities, back.Entities);
        Assert.Equal(f.Figures, back.Figures);
        Assert.Equal(f.Quotes, back.Quotes);
        Assert.Equal(f.People, back.People);
        Assert.Equal(f.LeadDates, back.LeadDates);
        Assert.Equal(f.Dates, back.Dates);
        Assert.Equal(f.Fingerprint.ContentHash, back.Fingerprint.ContentHash);
        Assert.Equal(f.Fingerprint.MinHash, back.Fingerprint.MinHash);
        Assert.Equal(f.Fingerprint.Sample, back.Fingerprint.Sample);
    }

    [Fact]
    public void Features_stored_before_the_event_signals_read_with_empty_ones()
    {
        var json = """{"Id":"old","Published":"2024-03-04T06:00:00+00:00","Headline":"h","Terms":[{"Term":"banjir","Count":2}]}""";
        var f = System.Text.Json.JsonSerializer.Deserialize<ArticleFeatures>(json)!;
        Assert.Empty(f.People);
        Assert.Empty(f.LeadDates);
        Assert.Empty(f.Dates);
    }
}
