using Telisik.Stories;

namespace Telisik.Tests.Stories;

/// <summary>Features work without entity/quote/figure stages through their fallbacks.</summary>
public class ArticleFeatureExtractorTests
{
    private static readonly ArticleFeatures Garut =
        SampleNews.Features("g", SampleNews.GarutFloodKabar, SampleNews.Day0, title: "Banjir bandang terjang Garut");

    [Fact]
    public void Capitalised_sequences_stand_in_for_entities()
    {
        Assert.Contains("dadang suryana", Garut.Entities);
        Assert.Contains("sungai cimanuk", Garut.Entities);
        Assert.DoesNotContain("banjir", Garut.Entities); // sentence-initial single word is not a name
    }

    [Fact]
    public void Quotes_between_quotation_marks_and_numbers_with_units_are_kept()
    {
        Assert.Contains(Garut.Quotes, q => q.StartsWith("air datang sangat cepat", StringComparison.Ordinal));
        Assert.Contains("412 rumah", Garut.Figures);
        Assert.Contains("14 hari", Garut.Figures);
    }

    [Fact]
    public void Headline_terms_come_from_the_title_and_lead_and_terms_are_counted()
    {
        Assert.Equal("Banjir bandang terjang Garut", Garut.Headline);
        Assert.Contains("garut", Garut.HeadTerms);
        var garut = Garut.Terms.Single(t => t.Term == "garut");
        Assert.True(garut.Count >= 3);
        Assert.True(Garut.Terms.Zip(Garut.Terms.Skip(1)).All(p => p.First.Count >= p.Second.Count));
    }

    [Fact]
    public void Without_title_the_lead_sentence_is_the_headline()
    {
        var f = SampleNews.Features("b", SampleNews.BimaFloodKabar, SampleNews.Day0);
        Assert.StartsWith("Banjir merendam ratusan rumah di Kota Bima", f.Headline);
    }

    [Fact]
    public void Lead_dates_are_the_resolved_days_of_the_first_paragraph_and_dates_those_of_the_whole_text()
    {
        // "pada Senin dini hari", published on Monday 4 March 2024.
        Assert.Equal(["2024-03-04"], Garut.LeadDates);
        Assert.Contains("2024-03-04", Garut.Dates);
        Assert.All(Garut.LeadDates, d => Assert.Contains(d, Garut.Dates));
    }

    [Fact]
    public void People_are_the_entities_typed_as_persons()
    {
        Assert.Contains("dadang suryana", Garut.People);
        Assert.All(Garut.People, p => Assert.Contains(p, Garut.Entities));
        Assert.DoesNotContain("garut", Garut.People);
    }

    [Fact]
    public void Without_a_headline_the_url_slug_gives_headline_terms()
    {
        var doc = SampleNews.Analyze("u", SampleNews.BimaFloodKabar, SampleNews.Day0);
        doc.Article = doc.Article with { Url = "https://kabar.example/2024/03/04/wali-kota-tinjau-pengungsi-padolo" };
        var f = new ArticleFeatureExtractor().Extract(doc);
        Assert.Contains("pengungsi", f.HeadTerms);
        Assert.Contains("tinjau", f.HeadTerms);

        var off = new ArticleFeatureExtractor(new ArticleFeatureOptions { SlugHeadTerms = false }).Extract(doc);
        Assert.DoesNotContain("tinjau", off.HeadTerms);
        var titled = new ArticleFeatureExtractor().Extract(SampleNews.Analyze("t", SampleNews.BimaFloodKabar, SampleNews.Day0, title: "Banjir di Bima"));
        Assert.DoesNotContain("tinjau", titled.HeadTerms);
    }
}
