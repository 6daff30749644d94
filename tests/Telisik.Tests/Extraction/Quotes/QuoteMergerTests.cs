using Telisik.Extraction.Quotes;

namespace Telisik.Tests.Extraction.Quotes;

public class QuoteMergerTests
{
    private static QuoteSource Source(string article, string text, string? speaker) =>
        new(article, new Quote(QuoteKind.Direct, text, 0, text.Length, speaker, null, "kata", null, null));

    [Fact]
    public void Same_quotation_with_small_edits_from_two_outlets_is_one_quote_with_both_articles()
    {
        var merged = new QuoteMerger().Merge(
        [
            Source("a", "Kami melihat bukti bahwa ada pasukan Korea Utara yang telah pergi ke Rusia", "Lloyd Austin"),
            Source("b", "Kami melihat bukti, bahwa ada pasukan Korut yang telah pergi ke Rusia.", "Austin"),
        ]);
        var one = Assert.Single(merged);
        Assert.Equal(["a", "b"], one.ArticleIds);
        Assert.Equal("Lloyd Austin", one.Speaker);
    }

    [Fact]
    public void Part_of_a_quotation_merges_with_the_whole()
    {
        var merged = new QuoteMerger().Merge(
        [
            Source("a", "Kapal-kapal itu berangkat dari pelabuhan timur. Kami terus memantau pergerakan mereka setiap hari", "John Kirby"),
            Source("b", "Kami terus memantau pergerakan mereka setiap hari", "John Kirby"),
        ]);
        Assert.Single(merged);
    }

    [Fact]
    public void Different_quotations_stay_apart()
    {
        var merged = new QuoteMerger().Merge(
        [
            Source("a", "Kami melihat bukti bahwa ada pasukan Korea Utara yang telah pergi ke Rusia", "Lloyd Austin"),
            Source("b", "Situasinya berubah dengan sangat cepat di semenanjung itu", "Hong Min"),
        ]);
        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Same_words_from_two_different_speakers_are_not_merged()
    {
        var merged = new QuoteMerger().Merge(
        [
            Source("a", "Kami belum tahu apa yang akan mereka lakukan di sana", "John Kirby"),
            Source("b", "Kami belum tahu apa yang akan mereka lakukan di sana", "Koo Byoung-sam"),
        ]);
        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Short_quotes_merge_only_when_equal()
    {
        var merged = new QuoteMerger().Merge([Source("a", "Kami siap", null), Source("b", "Kami siap.", null), Source("c", "Kami siaga", null)]);
        Assert.Equal(2, merged.Count);
        Assert.Equal(["a", "b"], merged[0].ArticleIds);
    }
}
