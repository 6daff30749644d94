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
}
